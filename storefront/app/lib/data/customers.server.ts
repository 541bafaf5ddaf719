import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { authHeaders, bearerHeaders, sdk } from "../medusa.server"
import { registerIdentity, signInActor } from "./auth.server"

export type Customer = HttpTypes.StoreCustomer

/**
 * Registers an identity, creates the customer and signs in. Throws EmailTakenError
 * when the email already belongs to an account.
 */
export async function registerCustomer(input: { email: string; password: string; first_name: string; last_name: string; phone?: string }) {
  const registrationToken = await registerIdentity("customer", input.email, input.password)
  await sdk.store.customer.create(
    { email: input.email, first_name: input.first_name, last_name: input.last_name, phone: input.phone },
    {},
    bearerHeaders(registrationToken)
  )
  const token = await signInActor("customer", input.email, input.password)
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
