import { FetchError } from "@medusajs/js-sdk"

/** Runs a store call; a 404 becomes null, every other error is rethrown. */
export async function nullOn404<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
