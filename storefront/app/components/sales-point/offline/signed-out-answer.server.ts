import { json } from "@remix-run/node"

/**
 * For the console's JSON routes: the session helper throws a redirect to the sign-in
 * page when the staff token is gone or refused; a script asked, so it gets 401 (and
 * the cleared cookie) instead of the sign-in page's HTML. Anything else is rethrown.
 */
export function signedOutAnswer(error: unknown): Response {
  if (error instanceof Response && error.status >= 300 && error.status < 400) {
    const headers = new Headers({ "cache-control": "no-store" })
    const cookie = error.headers.get("set-cookie")
    if (cookie) headers.set("set-cookie", cookie)
    return json({ status: "signin" }, { status: 401, headers })
  }
  throw error
}
