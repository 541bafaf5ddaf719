import { useEffect, useMemo, useState, type FormEvent } from "react"
import type { OfflineCatalog, OfflineCatalogItem } from "~/routes/sales-point.$pointId.offline-catalog/route"
import { formatVnd } from "~/lib/format"
import { loadMessages, useLocale, useT } from "~/lib/i18n"
import { salesPointOfflineMessageLoaders } from "~/lib/messages/sales-point-offline/lazy"
import { CameraScan, canUseCamera } from "../camera/camera-scan"
import { MAX_LINE_QUANTITY } from "../basket"
import { changeFor, parseDong } from "../counter-payment-form"
import { formatDateTime } from "../format-date-time"
import { variantLabel } from "../variant-label"
import { keepForOffline } from "./console-worker"
import { enqueueSale } from "./offline-queue"
import { newSaleKey, queuedSale, saleTotal, type QueuedLine } from "./queue-rules"

await loadMessages(salesPointOfflineMessageLoaders)

const catalogUrl = (pointId: string) => `/sales-point/${encodeURIComponent(pointId)}/offline-catalog`
const basketKey = (pointId: string) => `ocop-offline-basket:${pointId}`

// Staff type without diacritics at the counter: "Tuong xay" finds "Tương xay".
const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()

/**
 * Online, on the sell page: keeps the page, its code and the point's catalogue in the
 * service worker, and says so once they are, so the counter knows it can go on selling
 * if the network drops.
 */
export function OfflineReady({ pointId }: { pointId: string }) {
  const t = useT()
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    // The header's queue is part of the page offline too: loaded before the page says what it loaded.
    void import("../lazy-parts")
      .then((door) => door.loadQueuePanel())
      .then(() => keepForOffline([catalogUrl(pointId)]))
      .then((kept) => live && setReady(kept))
    return () => {
      live = false
    }
  }, [pointId])
  return ready ? (
    <p className="field-hint staff-offline-ready" data-testid="offline-ready">
      {t("staffOffline.ready")}
    </p>
  ) : null
}

type Payment = "cash" | "card_at_counter"
const PAYMENTS = [
  ["cash", "staffConsole.payment.cash"],
  ["card_at_counter", "staffConsole.payment.card_at_counter"],
] as const

/**
 * The sell page without network: the basket is built here from the catalogue and
 * prices the service worker kept, and the sale goes into the offline queue with its
 * own Idempotency-Key and the time it was made; the console header sends it when the
 * network is back (decision 404). Cash or card only: VietQR needs the bank's answer.
 */
export function OfflineSell({ pointId }: { pointId: string }) {
  const t = useT()
  const locale = useLocale()
  const [catalog, setCatalog] = useState<OfflineCatalog | null | "missing">(null)
  const [lines, setLines] = useState<QueuedLine[]>([])
  const [q, setQ] = useState("")
  const [scan, setScan] = useState("")
  const [scanError, setScanError] = useState<string | null>(null)
  const [payment, setPayment] = useState<Payment>("cash")
  const [tendered, setTendered] = useState("")
  const [reference, setReference] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [queued, setQueued] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    const load = async (): Promise<OfflineCatalog | "missing"> => {
      try {
        const res = await fetch(catalogUrl(pointId), { headers: { accept: "application/json" } })
        return res.ok ? ((await res.json()) as OfflineCatalog) : "missing"
      } catch {
        return "missing"
      }
    }
    void load().then((found) => live && setCatalog(found))
    try {
      const kept = JSON.parse(localStorage.getItem(basketKey(pointId)) ?? "[]")
      if (Array.isArray(kept)) setLines(kept as QueuedLine[])
    } catch {
      // A basket that cannot be read is an empty one.
    }
    return () => {
      live = false
    }
  }, [pointId])

  // The basket survives a reload while offline, as the online one does in the session.
  const keepBasket = (next: QueuedLine[]) => {
    setLines(next)
    try {
      if (next.length) localStorage.setItem(basketKey(pointId), JSON.stringify(next))
      else localStorage.removeItem(basketKey(pointId))
    } catch {
      // Private mode without storage: the basket lives as long as the page.
    }
  }

  const items = catalog && catalog !== "missing" ? catalog.items : []
  const results = useMemo(() => {
    const wanted = plain(q.trim())
    if (!wanted) return []
    return items.filter((i) => plain(`${variantLabel(i)} ${i.sku ?? ""} ${i.ean ?? ""}`).includes(wanted)).slice(0, 10)
  }, [items, q])

  function add(item: OfflineCatalogItem) {
    setQueued(null)
    setError(null)
    if (item.price === null) {
      setError(t("staffOffline.sell.noPrice", { product: variantLabel(item) }))
      return
    }
    const existing = lines.find((l) => l.variant_id === item.variant_id)
    keepBasket(
      existing
        ? lines.map((l) => (l === existing ? { ...l, quantity: Math.min(l.quantity + 1, MAX_LINE_QUANTITY) } : l))
        : [...lines, { variant_id: item.variant_id, product_id: item.product_id, product_title: item.product_title, variant_title: item.variant_title, quantity: 1, unit_price: item.price }]
    )
  }

  function addCode(code: string) {
    const item = items.find((i) => i.ean === code)
    if (!item) {
      setScanError(t("staffOffline.sell.scanUnknown", { code }))
      return
    }
    setScanError(null)
    setScan("")
    add(item)
  }

  function onScan(event: FormEvent) {
    event.preventDefault()
    const code = scan.trim()
    if (!/^\d{8,14}$/.test(code)) {
      setScanError(t("staffConsole.scan.invalid", { code }))
      return
    }
    addCode(code)
  }

  const total = saleTotal(lines)
  const cash = parseDong(tendered)
  const change = changeFor(cash, total)

  async function onSell(event: FormEvent) {
    event.preventDefault()
    if (!lines.length) return setError(t("staffConsole.sell.basketEmpty"))
    if (lines.some((l) => !Number.isInteger(l.quantity) || l.quantity < 1)) return setError(t("staffConsole.error.quantity"))
    if (payment === "cash" && cash !== null && (Number.isNaN(cash) || cash < total)) return setError(t(Number.isNaN(cash) ? "staffConsole.pay.errorAmount" : "staffConsole.pay.errorShort"))
    setBusy(true)
    try {
      await enqueueSale(
        queuedSale({
          key: newSaleKey(),
          point_id: pointId,
          sold_at: new Date(),
          lines,
          payment: payment === "cash" ? { method: "cash", tendered: cash } : { method: "card_at_counter", reference: reference.trim().slice(0, 40) || null },
        })
      )
      keepBasket([])
      setTendered("")
      setReference("")
      setError(null)
      setQueued(total)
    } catch {
      setError(t("staffOffline.sell.unavailable"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="staff-offline">
      <h2>{t("staffOffline.sell.title")}</h2>
      <p className="alert alert--warn">{t("staffOffline.sell.intro")}</p>
      {catalog === null ? <p>{t("staffOffline.sell.loading")}</p> : null}
      {catalog === "missing" ? <p className="alert alert--error">{t("staffOffline.sell.noCatalog")}</p> : null}
      {catalog && catalog !== "missing" ? <p className="field-hint">{t("staffOffline.sell.catalogAt", { time: formatDateTime(catalog.saved_at, locale) })}</p> : null}
      {queued !== null ? (
        <p className="alert alert--success" role="status">
          {t("staffOffline.sell.queued", { total: formatVnd(queued) })}
        </p>
      ) : null}
      <div className="staff-sell">
        <section className="staff-sell__search" aria-labelledby="offline-search-title">
          <h3 id="offline-search-title" className="visually-hidden">
            {t("staffConsole.sell.results")}
          </h3>
          <form className="staff-scan" onSubmit={onScan}>
            <div className="field">
              <label htmlFor="offline-scan">{t("staffConsole.scan.label")}</label>
              <p className="field-hint" id="offline-scan-hint">
                {t("staffConsole.scan.hint")}
              </p>
              <input
                id="offline-scan"
                inputMode="numeric"
                autoComplete="off"
                value={scan}
                onChange={(e) => setScan(e.target.value)}
                aria-invalid={scanError ? true : undefined}
                aria-describedby={scanError ? "offline-scan-error" : "offline-scan-hint"}
              />
              {scanError ? (
                <p className="field-errors" id="offline-scan-error" role="alert">
                  {scanError}
                </p>
              ) : null}
            </div>
            <button type="submit" className="visually-hidden">
              {t("staffConsole.scan.submit")}
            </button>
          </form>
          {canUseCamera() ? <CameraScan onCode={addCode} /> : null}
          <div className="field">
            <label htmlFor="offline-q">{t("staffOffline.sell.search")}</label>
            <input id="offline-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          </div>
          {q.trim() && catalog && catalog !== "missing" && results.length === 0 ? <p className="empty">{t("staffOffline.sell.noResults")}</p> : null}
          {results.length ? (
            <ul className="staff-results">
              {results.map((item) => {
                const label = variantLabel(item)
                return (
                  <li key={item.variant_id}>
                    <span>
                      {label}
                      <span className="portal-muted">
                        {" "}
                        · {item.price !== null ? formatVnd(item.price) : t("staffConsole.sell.noPrice")} · {t("staffOffline.sell.cachedAvailable", { available: item.available })}
                      </span>
                    </span>
                    <button type="button" className="button button--ghost" aria-label={t("staffConsole.sell.addLabel", { product: label })} onClick={() => add(item)}>
                      {t("staffConsole.sell.add")}
                    </button>
                  </li>
                )
              })}
            </ul>
          ) : null}
        </section>

        <section className="staff-sell__basket" aria-labelledby="offline-basket-title">
          <h3 id="offline-basket-title">{t("staffConsole.sell.basket")}</h3>
          {lines.length === 0 ? <p className="empty">{t("staffConsole.sell.basketEmpty")}</p> : null}
          <form onSubmit={(e) => void onSell(e)} aria-describedby={error ? "offline-sell-error" : undefined}>
            {error ? (
              <p className="field-errors" id="offline-sell-error" role="alert">
                {error}
              </p>
            ) : null}
            {lines.length ? (
              <ul className="staff-basket">
                {lines.map((line) => {
                  const label = variantLabel(line)
                  const id = `offline-qty-${line.variant_id}`
                  return (
                    <li key={line.variant_id} className="staff-basket__line" data-variant-id={line.variant_id}>
                      <div className="staff-basket__what">
                        <strong>{label}</strong>
                        <span className="portal-muted">{formatVnd(line.unit_price)}</span>
                      </div>
                      <div className="field staff-basket__qty">
                        <label htmlFor={id}>{t("staffConsole.sell.quantityOf", { product: label })}</label>
                        <input
                          id={id}
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={MAX_LINE_QUANTITY}
                          step={1}
                          value={line.quantity}
                          onChange={(e) => keepBasket(lines.map((l) => (l === line ? { ...l, quantity: Math.trunc(Number(e.target.value)) } : l)))}
                        />
                      </div>
                      <span className="staff-basket__sum">{formatVnd(line.unit_price * (line.quantity || 0))}</span>
                      <button
                        type="button"
                        className="button button--link"
                        aria-label={t("staffConsole.sell.removeLabel", { product: label })}
                        onClick={() => keepBasket(lines.filter((l) => l !== line))}
                      >
                        {t("staffConsole.sell.remove")}
                      </button>
                    </li>
                  )
                })}
              </ul>
            ) : null}
            <p className="staff-basket__total">
              {t("staffConsole.sell.total")}: <strong data-testid="offline-total">{formatVnd(total)}</strong>
            </p>
            <fieldset className="staff-payment">
              <legend>{t("staffConsole.sell.payment")}</legend>
              <div className="staff-payment__choices">
                {PAYMENTS.map(([m, label]) => (
                  <label key={m} className="staff-payment__choice">
                    <input type="radio" name="offline_payment" value={m} checked={payment === m} onChange={() => setPayment(m)} /> {t(label)}
                  </label>
                ))}
              </div>
              {payment === "cash" ? (
                <div className="field">
                  <label htmlFor="offline-tendered">{t("staffConsole.pay.tendered")}</label>
                  <input id="offline-tendered" inputMode="numeric" autoComplete="off" value={tendered} onChange={(e) => setTendered(e.target.value)} />
                  <p className="staff-change" aria-live="polite">
                    {t("staffConsole.pay.change")}: <output>{change === null ? "—" : formatVnd(change)}</output>
                  </p>
                </div>
              ) : (
                <div className="field">
                  <label htmlFor="offline-card-reference">{t("staffConsole.pay.cardReference")}</label>
                  <input id="offline-card-reference" autoComplete="off" maxLength={40} value={reference} onChange={(e) => setReference(e.target.value)} />
                </div>
              )}
            </fieldset>
            <button type="submit" className="button button--wide" disabled={busy || !lines.length}>
              {busy ? t("staffConsole.saving") : t("staffOffline.sell.submit")}
            </button>
          </form>
        </section>
      </div>
    </div>
  )
}
