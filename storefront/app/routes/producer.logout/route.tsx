import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { producerSignOut } from "~/lib/producer-session.server"

/** POST only: a link must not be able to sign a producer out. Leaves the shopper's session alone. */
export async function action({ request }: ActionFunctionArgs) {
  return producerSignOut(request)
}

export async function loader() {
  return redirect("/producer")
}
