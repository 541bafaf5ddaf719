import { createCookieSessionStorage, redirect, type Session } from "@remix-run/node"

type ProducerSessionData = {
  token: string
  memberName: string
  producerName: string
}
type ProducerFlash = { notice: string }

export type ProducerSession = Session<ProducerSessionData, ProducerFlash>

const secret = process.env.SESSION_SECRET || "ocop-market-dev-secret-change-me"

// A cookie of its own: a producer signing in must not sign a shopper in or out
// on the same browser, and the shopper's cookie must never carry a producer token.
export const producerSessionStorage = createCookieSessionStorage<ProducerSessionData, ProducerFlash>({
  cookie: {
    name: "ocop_producer",
    httpOnly: true,
    sameSite: "lax",
    path: "/producer",
    secrets: [secret],
    secure: process.env.SESSION_COOKIE_SECURE === "true",
    // Medusa's tokens last a day; the cookie need not outlive them by much.
    maxAge: 60 * 60 * 24,
  },
})

export function getProducerSession(request: Request) {
  return producerSessionStorage.getSession(request.headers.get("cookie"))
}

export async function commitProducerHeaders(session: ProducerSession): Promise<HeadersInit> {
  return { "set-cookie": await producerSessionStorage.commitSession(session) }
}

/** The signed-in producer's token, or a redirect to the portal's sign-in page. */
export async function requireProducerToken(request: Request): Promise<string> {
  const token = (await getProducerSession(request)).get("token")
  if (!token) {
    const url = new URL(request.url)
    throw redirect(`/producer/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return token
}

/** An expired or withdrawn token: forget it and ask for a new sign-in. */
export async function producerSignedOut(request: Request): Promise<Response> {
  const session = await getProducerSession(request)
  const url = new URL(request.url)
  return redirect(`/producer/login?redirectTo=${encodeURIComponent(url.pathname)}`, {
    headers: { "set-cookie": await producerSessionStorage.destroySession(session) },
  })
}

/**
 * Runs portal API calls with the producer's token; a token the API no longer
 * accepts sends the producer to sign in again instead of an error page.
 */
export async function withProducerToken<T>(request: Request, run: (token: string) => Promise<T>): Promise<T> {
  const token = await requireProducerToken(request)
  try {
    return await run(token)
  } catch (error) {
    if (error instanceof Error && error.name === "ProducerUnauthorizedError") throw await producerSignedOut(request)
    throw error
  }
}
