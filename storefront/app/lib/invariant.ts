/** Throws a Response (rendered by the route's ErrorBoundary) when the condition is falsy. */
export function invariantResponse(
  condition: unknown,
  message: string,
  init?: ResponseInit
): asserts condition {
  if (!condition) {
    throw new Response(message, { status: 400, ...init, headers: { "content-type": "text/plain; charset=utf-8", ...init?.headers } })
  }
}
