import type { SerializeFrom } from "@remix-run/node"
import type { OrderShipments as Shipments } from "~/lib/data/order-shipments.server"
import { formatDate } from "~/lib/format"
import { type MessageKey, useLocale, useT } from "~/lib/i18n"
import { safeHref } from "~/lib/safe-url"

type Item = { id: string; product_title?: string | null; title?: string | null; variant_title?: string | null }

/**
 * Where each parcel is, in the order the shopper lives it: lines waiting to be
 * packed, then every parcel packed, on its way (carrier, tracking number) or delivered.
 */
export function OrderShipments({ shipments, items }: { shipments: SerializeFrom<Shipments>; items: Item[] }) {
  const t = useT()
  const nameOf = (lineId: string) => {
    const item = items.find((i) => i.id === lineId)
    return [item?.product_title ?? item?.title, item?.variant_title].filter(Boolean).join(" · ")
  }
  if (!shipments.awaiting.length && !shipments.shipments.length) return null
  return (
    <section aria-labelledby="order-shipments">
      <h2 id="order-shipments">{t("shipment.title")}</h2>
      <ul className="shipments">
        {shipments.awaiting.length ? (
          <li>
            <h3>{t("shipment.status.awaiting")}</h3>
            <ParcelLines lines={shipments.awaiting} nameOf={nameOf} />
          </li>
        ) : null}
        {shipments.shipments.map((s, i) => {
          const href = safeHref(s.tracking_url)
          return (
            <li key={s.id}>
              <h3>
                {t("shipment.parcel", { number: i + 1 })}: {t(`shipment.status.${s.status}`)}
              </h3>
              {s.carrier ? <p>{t("shipment.carrier", { carrier: s.carrier })}</p> : null}
              {s.tracking_number ? (
                <p>
                  {t("shipment.tracking", { tracking: s.tracking_number })}
                  {href ? (
                    <>
                      {" · "}
                      <a href={href} target="_blank" rel="noreferrer noopener">
                        {t("shipment.trackLink")}
                      </a>
                    </>
                  ) : null}
                </p>
              ) : null}
              <LastCarrierEvent events={s.events ?? []} />
              <ParcelLines lines={s.lines} nameOf={nameOf} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function ParcelLines({ lines, nameOf }: { lines: { line_id: string; quantity: number }[]; nameOf: (id: string) => string }) {
  const t = useT()
  return (
    <p>
      {t("shipment.items")}:{" "}
      {lines.map((l) => `${nameOf(l.line_id)} × ${l.quantity}`).join(", ")}
    </p>
  )
}

// Literal keys, so the messages spec can check each exists in both languages.
const EVENT_LABELS: Record<string, MessageKey> = {
  created: "shipment.event.created",
  picked_up: "shipment.event.picked_up",
  in_transit: "shipment.event.in_transit",
  delivery_failed: "shipment.event.delivery_failed",
  delivered: "shipment.event.delivered",
  returning: "shipment.event.returning",
  returned: "shipment.event.returned",
  cancelled: "shipment.event.cancelled",
  lost: "shipment.event.lost",
}

/** The carrier's latest report (GHN, GHTK) and its reason, e.g. why a delivery failed. */
function LastCarrierEvent({ events }: { events: SerializeFrom<Shipments>["shipments"][number]["events"] }) {
  const t = useT()
  const locale = useLocale()
  const last = events[events.length - 1]
  const label = last ? EVENT_LABELS[last.status] : undefined
  if (!last || !label) return null
  return (
    <p>
      {t("shipment.lastEvent", { status: t(label), time: formatDate(last.occurred_at, locale) })}
      {last.reason ? ` · ${last.reason}` : ""}
    </p>
  )
}
