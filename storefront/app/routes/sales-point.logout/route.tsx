import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { staffSignOut } from "~/lib/staff-session.server"

/** POST only: a link must not be able to sign staff out. Leaves the shopper's session alone. */
export async function action({ request }: ActionFunctionArgs) {
  return staffSignOut(request)
}

export async function loader() {
  return redirect("/sales-point")
}
