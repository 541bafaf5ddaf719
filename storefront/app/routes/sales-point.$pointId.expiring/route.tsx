import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { formatDay } from "~/components/sales-point/format-day"
import { LotDaysLeft } from "~/components/sales-point/lot-days-left"
import { Pager } from "~/components/sales-point/pager"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { variantLabel } from "~/components/sales-point/variant-label"
import { listLots } from "~/lib/data/sales-point-api.server"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

const PAGE_SIZE = 50
// "Sắp hết hạn" looks this far ahead (the API's window is the same by default).
const WITHIN_DAYS = 30

export async function loader({ request, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams
  const all = search.get("all") === "1"
  const page = Math.max(1, Math.floor(Number(search.get("page")) || 1))
  const [locale, data] = await Promise.all([
    getLocale(request),
    withStaffToken(request, (token) =>
      listLots(token, params.pointId!, { expiring_within: all ? undefined : WITHIN_DAYS, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
    ),
  ])
  return json({ locale, all, lots: data.lots, page, pages: Math.max(1, Math.ceil(data.count / PAGE_SIZE)), days: WITHIN_DAYS })
}

/** "Sắp hết hạn": lots with units left that expire within 30 days (and expired ones), earliest first. */
export default function StaffExpiringRoute() {
  const { lots, all, page, pages, days } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <section aria-labelledby="expiring-title">
      <h1 id="expiring-title">{t("staffConsole.expiring.title")}</h1>
      <p className="portal-muted">{t("staffConsole.expiring.intro", { days })}</p>
      <p>
        <Link to={all ? "." : "?all=1"} relative="path" className="button button--ghost">
          {all ? t("staffConsole.expiring.soon") : t("staffConsole.expiring.all")}
        </Link>
      </p>
      {lots.length === 0 ? (
        <p className="empty">{t("staffConsole.expiring.empty", { days })}</p>
      ) : (
        <div className="table-scroll">
          <table className="orders-table portal-table staff-lots">
            <thead>
              <tr>
                <th scope="col">{t("staffConsole.stock.product")}</th>
                <th scope="col">{t("staffConsole.lot.code")}</th>
                <th scope="col">{t("staffConsole.lot.expires")}</th>
                <th scope="col" className="num">
                  {t("staffConsole.lot.left")}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t("staffConsole.lot.trace")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lots.map((lot) => (
                <tr key={lot.id} className={lot.expired ? "staff-lots__expired" : undefined} data-lot={lot.lot_code}>
                  <td data-label={t("staffConsole.stock.product")}>{lot.product_title ? variantLabel({ product_title: lot.product_title, variant_title: lot.variant_title }) : "—"}</td>
                  <td data-label={t("staffConsole.lot.code")}>{lot.lot_code}</td>
                  <td data-label={t("staffConsole.lot.expires")}>
                    {lot.expires_on ? formatDay(lot.expires_on) : "—"} <LotDaysLeft lot={lot} />
                  </td>
                  <td className="num" data-label={t("staffConsole.lot.left")}>
                    {lot.remaining_quantity}
                  </td>
                  <td>
                    <Link to={`../lots/${lot.id}`} relative="path">
                      {t("staffConsole.lot.trace")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pages={pages} />
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.expiring.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.expiring.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
