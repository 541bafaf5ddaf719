import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { signOut } from "~/lib/auth.server"
import { getSession } from "~/lib/session.server"

/** POST only: a link must not be able to sign someone out. */
export async function action({ request }: ActionFunctionArgs) {
  return signOut(await getSession(request))
}

export async function loader() {
  return redirect("/account")
}
