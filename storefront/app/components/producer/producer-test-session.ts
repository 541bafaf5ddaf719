import { producerSessionStorage } from "~/lib/producer-session.server"

/** A Cookie header of a signed-in producer, for action tests that stop before calling the API. */
export async function producerCookie(token = "producer-token"): Promise<string> {
  const session = await producerSessionStorage.getSession()
  session.set("token", token)
  session.set("producerName", "HTX Nông nghiệp Thạnh Hòa")
  return (await producerSessionStorage.commitSession(session)).split(";")[0]
}
