import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { getStaffSession, staffSessionStorage } from "~/lib/staff-session.server"

/** POST only: a link must not be able to sign staff out. Leaves the shopper's session alone. */
export async function action({ request }: ActionFunctionArgs) {
  const session = await getStaffSession(request)
  return redirect("/sales-point/login", { headers: { "set-cookie": await staffSessionStorage.destroySession(session) } })
}

export async function loader() {
  return redirect("/sales-point")
}
