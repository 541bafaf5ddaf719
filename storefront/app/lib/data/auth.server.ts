import { FetchError } from "@medusajs/js-sdk"
import { openApiSession, sdk } from "../medusa.server"

/** Who signs in: the shopper, a producer's member, or a sales point's staff (Medusa's auth actor types). */
export type Actor = "customer" | "producer" | "sales_point_staff"

/** POST /auth/<actor>/emailpass: the JWT of a fresh sign-in, or null for a wrong email or password. */
export async function emailPassToken(actor: Actor, email: string, password: string): Promise<string | null> {
  try {
    const { token } = await sdk.client.fetch<{ token: string }>(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })
    return token
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) return null
    throw error
  }
}

/** Signs any actor in: an API session (the JWT traded for it), or null for a wrong email or password. */
export async function signInActor(actor: Actor, email: string, password: string): Promise<string | null> {
  const token = await emailPassToken(actor, email, password)
  return token ? openApiSession(token) : null
}

export class EmailTakenError extends Error {}

/**
 * POST /auth/<actor>/emailpass/register: a registration token (no session yet, used once
 * as a bearer to create the actor). Throws EmailTakenError when the email has a login.
 */
export async function registerIdentity(actor: Actor, email: string, password: string): Promise<string> {
  try {
    const { token } = await sdk.client.fetch<{ token: string }>(`/auth/${actor}/emailpass/register`, { method: "POST", body: { email, password } })
    return token
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) throw new EmailTakenError(error.message)
    throw error
  }
}
