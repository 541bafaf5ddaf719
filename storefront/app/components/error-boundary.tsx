import { isRouteErrorResponse, Link, useParams, useRouteError, type ErrorResponse } from "@remix-run/react"
import type { ReactNode } from "react"
import { useT } from "~/lib/i18n"

type StatusHandler = (info: { error: ErrorResponse; params: Record<string, string | undefined> }) => ReactNode | null

/**
 * Renders a route's thrown Response (by status) or an unexpected error, as in the
 * Epic Stack. Routes pass `statusHandlers` for the statuses they mean to throw.
 */
export function GeneralErrorBoundary({
  statusHandlers,
  defaultStatusHandler,
  unexpectedErrorHandler,
}: {
  statusHandlers?: Record<number, StatusHandler>
  defaultStatusHandler?: StatusHandler
  unexpectedErrorHandler?: (error: unknown) => ReactNode | null
}) {
  const error = useRouteError()
  const params = useParams()
  const t = useT()

  // Thrown Responses are expected outcomes (404…); only real errors are worth the console.
  if (typeof document !== "undefined" && !isRouteErrorResponse(error)) console.error(error)

  let content: ReactNode
  if (isRouteErrorResponse(error)) {
    const handler = statusHandlers?.[error.status] ?? defaultStatusHandler
    content = handler ? handler({ error, params }) : <DefaultStatus error={error} />
  } else {
    content = unexpectedErrorHandler ? unexpectedErrorHandler(error) : <Problem title={t("error.title")} text={t("error.unexpected")} />
  }
  return <div className="error-page">{content}</div>
}

function DefaultStatus({ error }: { error: ErrorResponse }) {
  const t = useT()
  if (error.status === 404) return <Problem title={t("error.notFoundTitle")} text={t("error.notFound")} status={404} />
  if (error.status === 400) return <Problem title={t("error.title")} text={t("error.badRequest")} status={400} />
  // The backend's search or catalog is at its bound (lib/busy.server.ts): not a fault, a wait.
  if (error.status === 503) return <Problem title={t("error.busy")} />
  return <Problem title={t("error.title")} text={t("error.unexpected")} status={error.status} />
}

export function Problem({ title, text, status }: { title: string; text?: string; status?: number }) {
  const t = useT()
  return (
    <section className="problem" aria-labelledby="problem-title">
      {status ? <p className="problem__status">{status}</p> : null}
      <h1 id="problem-title">{title}</h1>
      {text ? <p>{text}</p> : null}
      <p>
        <Link to="/" className="button">
          {t("error.goHome")}
        </Link>{" "}
        <Link to="/products" className="button button--ghost">
          {t("nav.products")}
        </Link>
      </p>
    </section>
  )
}
