import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { Outlet, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { StaffNav } from "~/components/sales-point/staff-nav"
import { OfflineQueueStatus } from "~/components/sales-point/offline/queue-status"
import { getStaffMe } from "~/lib/data/sales-point-api.server"
import { useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { commitStaffHeaders, getStaffSession, readNotice, withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const me = await withStaffToken(request, getStaffMe)
  // Another point's id is a 404, as in the API: staff cannot probe points not theirs.
  const point = me.sales_points.find((p) => p.id === params.pointId)
  invariantResponse(point, "Not found", { status: 404 })
  const session = await getStaffSession(request)
  const notice = readNotice(session)
  return json(
    { point, points: me.sales_points, staffName: session.get("staffName") ?? me.staff.email, notice },
    { headers: await commitStaffHeaders(session) }
  )
}

export default function StaffPointLayout() {
  const { point, points, staffName, notice } = useLoaderData<typeof loader>()
  const navigation = useNavigation()
  const t = useT()
  return (
    <>
      <StaffNav staffName={staffName} point={point} points={points} />
      <OfflineQueueStatus pointId={point.id} />
      {notice ? (
        <p className="alert alert--success" role="status">
          {t(notice.key, notice.params)}
        </p>
      ) : null}
      <div aria-busy={navigation.state === "loading"} className={navigation.state === "loading" ? "staff-loading" : undefined}>
        {navigation.state === "loading" ? (
          <p className="visually-hidden" role="status">
            {t("staffConsole.loading")}
          </p>
        ) : null}
        <Outlet />
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
