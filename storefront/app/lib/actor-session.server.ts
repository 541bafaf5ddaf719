import { createCookieSessionStorage, redirect, type Session, type SessionData } from "@remix-run/node"
import { endApiSession } from "./medusa.server"
import { safeRedirect } from "./safe-url"
import { sessionCookieSecurity } from "./session.server"

type ActorSessionOptions = {
  /** The cookie's name; one per actor, never the shopper's. */
  cookie: string
  /** Pages of this console; the browser sends the cookie nowhere else. */
  path: string
  /** Where a visitor without a token is sent, with `redirectTo`. */
  loginPath: string
  /** The `name` of the error the console's API client throws on a 401. */
  unauthorizedError: string
}

/**
 * A second actor's console (producer portal, sales point staff) keeps its token in a
 * signed, httpOnly cookie of its own, scoped to the console's pages: signing in or out
 * there never touches the shopper's session, and shop pages never carry the token.
 */
export function createActorSession<Data extends SessionData & { token: string }, Flash = { notice: string }>(
  options: ActorSessionOptions
) {
  const storage = createCookieSessionStorage<Data, Flash>({
    cookie: {
      name: options.cookie,
      httpOnly: true,
      sameSite: "lax",
      path: options.path,
      ...sessionCookieSecurity,
      // Medusa's tokens last a day; the cookie need not outlive them by much.
      maxAge: 60 * 60 * 24,
    },
  })

  const getSession = (request: Request) => storage.getSession(request.headers.get("cookie"))

  async function commitHeaders(session: Session<Data, Flash>): Promise<HeadersInit> {
    return { "set-cookie": await storage.commitSession(session) }
  }

  /** The signed-in actor's token, or a redirect to the sign-in page. */
  async function requireToken(request: Request): Promise<string> {
    const token = (await getSession(request)).get("token")
    if (!token) {
      const url = new URL(request.url)
      throw redirect(`${options.loginPath}?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
    }
    return token as string
  }

  /** An expired or withdrawn token: forget it and ask for a new sign-in. */
  async function signedOut(request: Request): Promise<Response> {
    const session = await getSession(request)
    const url = new URL(request.url)
    return redirect(`${options.loginPath}?redirectTo=${encodeURIComponent(url.pathname)}`, {
      headers: { "set-cookie": await storage.destroySession(session) },
    })
  }

  /** Runs API calls with the token; one the API no longer accepts means signing in again, not an error page. */
  async function withToken<T>(request: Request, run: (token: string) => Promise<T>): Promise<T> {
    const token = await requireToken(request)
    try {
      return await run(token)
    } catch (error) {
      if (error instanceof Error && error.name === options.unauthorizedError) throw await signedOut(request)
      throw error
    }
  }

  /** Sign-out: the API session ends on the server, then the cookie goes; leaves the shopper's session alone. */
  async function signOut(request: Request): Promise<Response> {
    const session = await getSession(request)
    await endApiSession(session.get("token") as string | undefined)
    return redirect(options.loginPath, { headers: { "set-cookie": await storage.destroySession(session) } })
  }

  /** After sign-in, only pages of the console: the cookie is not sent anywhere else. */
  function consoleRedirect(to: string | null | undefined): string {
    const target = safeRedirect(to, options.path)
    return target === options.path || target.startsWith(`${options.path}/`) ? target : options.path
  }

  /** Keeps a fresh sign-in's token and who it is, then goes on to the console page asked for. */
  async function signIn(request: Request, values: Partial<Data> & { token: string }, redirectTo: string | null | undefined): Promise<Response> {
    const session = await getSession(request)
    for (const [key, value] of Object.entries(values)) session.set(key as keyof Data & string, value as Data[keyof Data & string])
    return redirect(consoleRedirect(redirectTo), { headers: await commitHeaders(session) })
  }

  return { storage, getSession, commitHeaders, requireToken, signedOut, signIn, signOut, withToken, consoleRedirect }
}
