import { useCallback, useEffect, useState } from "react"
import { formatVnd } from "~/lib/format"
import { loadMessages, useLocale, useT } from "~/lib/i18n"
import { salesPointOfflineMessageLoaders } from "~/lib/messages/sales-point-offline/lazy"
import { formatDateTime } from "../format-date-time"
import { variantLabel } from "../variant-label"
import { keepForOffline } from "./console-worker"
import { onQueueChange, putSale, queuedSales, removeSale, replayQueue, type ReplayResult } from "./offline-queue"
import { useOnline } from "./online"
import { correctedSale, newSaleKey, queueSummary, suggestedQuantity, type QueuedSale } from "./queue-rules"

await loadMessages(salesPointOfflineMessageLoaders)

/**
 * The queue's state under the console's bar on every page of the point: online or not,
 * how many sales wait, are being sent, or need attention; replays them whenever the
 * network is (back) on; and lists the refused ones for the staff member to resolve.
 */
export function QueuePanel({ pointId }: { pointId: string }) {
  const t = useT()
  const online = useOnline()
  const [sales, setSales] = useState<QueuedSale[] | null>(null)
  const [last, setLast] = useState<ReplayResult | null>(null)
  const [unavailable, setUnavailable] = useState(false)

  const reload = useCallback(() => {
    queuedSales(pointId).then(setSales, () => setUnavailable(true))
  }, [pointId])
  useEffect(() => {
    reload()
    return onQueueChange(reload)
  }, [reload])

  const replay = useCallback(() => {
    void replayQueue(pointId).then(setLast, () => setLast("offline"))
  }, [pointId])
  // On arrival and whenever the network comes back.
  useEffect(() => {
    if (online) replay()
  }, [online, replay])
  // Every console page a staff member opens is kept for offline use.
  useEffect(() => {
    void keepForOffline()
  }, [])

  if (unavailable) return <p className="staff-queue__line field-errors">{t("staffOffline.sell.unavailable")}</p>
  const summary = queueSummary(sales ?? [], new Date())
  const waiting = summary.pending + summary.syncing
  const attention = (sales ?? []).filter((s) => s.status === "attention")
  const recorded = (sales ?? []).filter((s) => s.status === "recorded")
  return (
    <>
      <p className="staff-queue__line" role="status" data-testid="offline-queue" data-pending={waiting} data-attention={summary.attention}>
        <span className={online ? "staff-queue__net" : "staff-queue__net staff-queue__net--off"}>{online ? t("staffOffline.online") : t("staffOffline.offline")}</span>
        {" · "}
        {t("staffOffline.queue")}:{" "}
        {summary.syncing ? t("staffOffline.queue.syncing", { count: waiting }) : waiting ? t("staffOffline.queue.pending", { count: waiting }) : t("staffOffline.queue.empty")}
        {summary.attention ? (
          <>
            {" · "}
            <a href="#offline-attention" className="staff-queue__attention">
              {t("staffOffline.queue.attention", { count: summary.attention })}
            </a>
          </>
        ) : null}
        {summary.recordedToday ? <> · {t("staffOffline.queue.recorded", { count: summary.recordedToday })}</> : null}
        {online && waiting && !summary.syncing ? (
          <>
            {" "}
            <button type="button" className="button button--link" onClick={replay}>
              {t("staffOffline.queue.retry")}
            </button>
          </>
        ) : null}
      </p>
      {last === "signin" && waiting ? (
        <p className="alert alert--error staff-queue__line" role="alert">
          {t("staffOffline.queue.signin")}{" "}
          <a href={`/sales-point/login?redirectTo=${encodeURIComponent(`/sales-point/${pointId}/sell`)}`}>{t("staffOffline.queue.signinLink")}</a>
        </p>
      ) : null}
      {online && last === "offline" && waiting ? <p className="field-hint staff-queue__line">{t("staffOffline.queue.lastError")}</p> : null}
      {attention.length ? <Attention sales={attention} onReplay={online ? replay : undefined} /> : null}
      {recorded.length ? <Recorded pointId={pointId} sales={recorded} /> : null}
    </>
  )
}

/** The refused sales: what the API said about each line, and the two ways out. */
function Attention({ sales, onReplay }: { sales: QueuedSale[]; onReplay?: () => void }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section id="offline-attention" className="staff-attention" aria-labelledby="offline-attention-title">
      <h2 id="offline-attention-title">{t("staffOffline.attention.title")}</h2>
      <p className="field-hint">{t("staffOffline.attention.intro")}</p>
      <ul>
        {sales.map((sale) => (
          <AttentionSale key={sale.key} sale={sale} locale={locale} onReplay={onReplay} />
        ))}
      </ul>
    </section>
  )
}

function AttentionSale({ sale, locale, onReplay }: { sale: QueuedSale; locale: "vi" | "en"; onReplay?: () => void }) {
  const t = useT()
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(sale.lines.map((l) => [l.variant_id, String(suggestedQuantity(sale, l.variant_id))]))
  )
  const [nothingLeft, setNothingLeft] = useState(false)
  const headingId = `attention-${sale.key}`

  async function sellCorrected() {
    const numbers = Object.fromEntries(Object.entries(quantities).map(([id, q]) => [id, Number(q)]))
    const next = correctedSale(sale, numbers, newSaleKey())
    if (!next) {
      setNothingLeft(true)
      return
    }
    // The new sale is queued before the refused one goes: nothing is lost in between.
    await putSale(next)
    await removeSale(sale.key)
    onReplay?.()
  }

  async function cancel() {
    if (!window.confirm(t("staffOffline.attention.cancelConfirm", { total: formatVnd(sale.total) }))) return
    await removeSale(sale.key)
  }

  return (
    <li className="staff-attention__sale" aria-labelledby={headingId} data-sale-key={sale.key}>
      <h3 id={headingId}>
        {t("staffOffline.attention.soldAt", { time: formatDateTime(sale.sold_at, locale) })} · {formatVnd(sale.total)}
      </h3>
      <ul>
        {sale.lines.map((line) => {
          const label = variantLabel(line)
          const short = sale.short[line.variant_id]
          const id = `attention-${sale.key}-${line.variant_id}`
          return (
            <li key={line.variant_id} className="field">
              <label htmlFor={id}>{t("staffOffline.attention.quantityOf", { product: label })}</label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={quantities[line.variant_id] ?? ""}
                onChange={(e) => setQuantities({ ...quantities, [line.variant_id]: e.target.value })}
                aria-describedby={short ? `${id}-short` : undefined}
              />
              {short ? (
                <p className="field-errors" id={`${id}-short`}>
                  {t("staffOffline.attention.short", short)}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      {Object.keys(sale.short).length === 0 && sale.message ? <p className="field-errors">{sale.message}</p> : null}
      {nothingLeft ? (
        <p className="field-errors" role="alert">
          {t("staffOffline.attention.nothingLeft")}
        </p>
      ) : null}
      <div className="staff-attention__actions">
        <button type="button" className="button" onClick={() => void sellCorrected()}>
          {t("staffOffline.attention.sellCorrected")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => void cancel()}>
          {t("staffOffline.attention.cancel")}
        </button>
      </div>
    </li>
  )
}

/** Today's offline sales the API recorded, each with its receipt. */
function Recorded({ pointId, sales }: { pointId: string; sales: QueuedSale[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <details className="staff-queue__recorded">
      <summary>{t("staffOffline.recorded.title")}</summary>
      <ul>
        {sales.map((sale) => (
          <li key={sale.key}>
            <a href={`/sales-point/${pointId}/receipts/${sale.order_id}`}>{t("staffOffline.recorded.receipt", { time: formatDateTime(sale.sold_at, locale) })}</a> · {formatVnd(sale.total)}
          </li>
        ))}
      </ul>
    </details>
  )
}
