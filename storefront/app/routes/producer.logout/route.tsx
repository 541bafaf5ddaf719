import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { getProducerSession, producerSessionStorage } from "~/lib/producer-session.server"

/** POST only: a link must not be able to sign a producer out. Leaves the shopper's session alone. */
export async function action({ request }: ActionFunctionArgs) {
  const session = await getProducerSession(request)
  return redirect("/producer/login", { headers: { "set-cookie": await producerSessionStorage.destroySession(session) } })
}

export async function loader() {
  return redirect("/producer")
}
