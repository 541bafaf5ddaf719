import { redirect } from "@remix-run/node"
import { transferCart } from "./data/carts.server"
import { getCustomer } from "./data/customers.server"
import { endApiSession } from "./medusa.server"
import { fullName } from "./format"
import { safeRedirect } from "./safe-url"
import { commitHeaders, type ShopSession } from "./session.server"

/** Keeps the customer's token in the session and gives them the guest cart. */
export async function signIn(session: ShopSession, token: string, redirectTo: FormDataEntryValue | null) {
  const customer = await getCustomer(token)
  if (!customer) throw new Error("The customer signed in but cannot be read")
  session.set("customerToken", token)
  session.set("customerId", customer.id)
  session.set("customerName", fullName(customer) || customer.email)
  const cartId = session.get("cartId")
  if (cartId) {
    // A cart that cannot move (e.g. already completed) is simply left behind.
    await transferCart(cartId, token).catch(() => session.unset("cartId"))
  }
  return redirect(safeRedirect(redirectTo, "/account"), { headers: await commitHeaders(session) })
}

/** Ends the API session on the server first: a copy of the old cookie must not sign in again. */
export async function signOut(session: ShopSession) {
  await endApiSession(session.get("customerToken"))
  session.unset("customerToken")
  session.unset("customerId")
  session.unset("customerName")
  // The cart belonged to the account; the next visitor on this browser starts afresh.
  session.unset("cartId")
  session.set("cartCount", 0)
  return redirect("/", { headers: await commitHeaders(session) })
}
