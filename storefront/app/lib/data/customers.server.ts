import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { authHeaders, bearerHeaders, openApiSession, sdk } from "../medusa.server"

export type Customer = HttpTypes.StoreCustomer

/** POST /auth/customer/emailpass: an API session, or null for a wrong email or password. */
export async function loginCustomer(email: string, password: string): Promise<string | null> {
  let token: string
  try {
    ;({ token } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
    }))
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) return null
    throw error
  }
  return openApiSession(token)
}

export class EmailTakenError extends Error {}

/**
 * Registers an identity, creates the customer and signs in. Throws EmailTakenError
 * when the email already belongs to an account.
 */
export async function registerCustomer(input: { email: string; password: string; first_name: string; last_name: string; phone?: string }) {
  let registrationToken: string
  try {
    ;({ token: registrationToken } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: input.email, password: input.password },
    }))
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) throw new EmailTakenError(error.message)
    throw error
  }
  await sdk.store.customer.create(
    { email: input.email, first_name: input.first_name, last_name: input.last_name, phone: input.phone },
    {},
    bearerHeaders(registrationToken)
  )
  const token = await loginCustomer(input.email, input.password)
  if (!token) throw new Error("The new account could not sign in")
  return token
}

/** The signed-in customer with addresses, or null when the token is no longer valid. */
export async function getCustomer(token: string): Promise<Customer | null> {
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "*addresses" }, authHeaders(token))
    return customer
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) return null
    throw error
  }
}

export async function createAddress(token: string, address: HttpTypes.StoreCreateCustomerAddress) {
  const { customer } = await sdk.store.customer.createAddress(address, { fields: "*addresses" }, authHeaders(token))
  return customer
}

export async function deleteAddress(token: string, addressId: string) {
  await sdk.store.customer.deleteAddress(addressId, authHeaders(token))
}
