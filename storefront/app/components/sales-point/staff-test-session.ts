import { staffSessionStorage, type BasketLine } from "~/lib/staff-session.server"

/** A Cookie header of signed-in staff (with a basket, if given), for action tests that stop before the API. */
export async function staffCookie(baskets: Record<string, BasketLine[]> = {}, token = "staff-token"): Promise<string> {
  const session = await staffSessionStorage.getSession()
  session.set("token", token)
  session.set("staffName", "Trần Thị Hoa")
  session.set("baskets", baskets)
  return (await staffSessionStorage.commitSession(session)).split(";")[0]
}

/** The basket a response's cookie carries for a point. */
export async function basketIn(response: Response, pointId: string): Promise<BasketLine[]> {
  const session = await staffSessionStorage.getSession(response.headers.get("set-cookie"))
  return session.get("baskets")?.[pointId] ?? []
}
