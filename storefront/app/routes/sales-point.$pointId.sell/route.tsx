import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation, useParams, useSubmit } from "@remix-run/react"
import { useEffect, useState } from "react"
import { addToBasket, applyQuantities, outOfStockLines } from "~/components/sales-point/basket"
import { FormKeyField, formKeyOf, newFormKey } from "~/components/sales-point/form-key"
import { ProductSearch } from "~/components/sales-point/product-search"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { CounterPaymentFields } from "~/components/sales-point/counter-payment"
import { counterPaymentsFrom, type PaymentFieldError } from "~/components/sales-point/counter-payment-form"
import { CounterVietQrPanel } from "~/components/sales-point/counter-vietqr-panel"
import { ScanForm } from "~/components/sales-point/scan-form"
import { useOnline } from "~/components/sales-point/offline/online"
import { FormErrors } from "~/components/ui/field"
import {
  createCounterVietQr,
  getCounterVietQr,
  listPointStock,
  listPointVariants,
  orStaffInputError,
  sellAtCounter,
  StaffInputError,
  type CounterPayment,
} from "~/lib/data/sales-point-api.server"
import { qrCodeSvg } from "~/lib/qr-code.server"
import { variantLabel } from "~/components/sales-point/variant-label"
import { variantPricesVnd } from "~/lib/data/sales-point-prices.server"
import { formatVnd } from "~/lib/format"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { basketOf, commitStaffHeaders, getStaffSession, setBasket, withStaffToken, type BasketLine } from "~/lib/staff-session.server"

const RESULTS = 10

export async function loader({ request, params }: LoaderFunctionArgs) {
  const pointId = params.pointId!
  const search = new URL(request.url).searchParams
  const q = (search.get("q") ?? "").trim().slice(0, 200)
  const qrId = (search.get("qr") ?? "").trim().slice(0, 100)
  const [locale, session] = await Promise.all([getLocale(request), getStaffSession(request)])
  const basket = basketOf(session, pointId)
  const { held, results, qr } = await withStaffToken(request, async (token) => {
    const [held, found, qr] = await Promise.all([
      listPointVariants(token, pointId),
      q ? listPointStock(token, pointId, { q, limit: RESULTS, offset: 0 }) : null,
      qrId ? getCounterVietQr(token, pointId, qrId) : null,
    ])
    return { held, results: found?.stock ?? [], qr }
  })
  const prices = await variantPricesVnd([...basket.map((l) => l.product_id), ...results.map((r) => r.product_id)])
  const available = Object.fromEntries(held.map((r) => [r.variant_id, r.available_quantity]))
  // A code already used by a sale is not offered again.
  const vietqr = qr && !qr.order_id && qr.payload ? { ...qr, svg: await qrCodeSvg(qr.payload) } : null
  return json({ locale, q, basket, results, prices, available, vietqr, formKey: newFormKey() })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const pointId = params.pointId!
  const form = await request.formData()
  const session = await getStaffSession(request)
  const url = new URL(request.url)
  const back = async (lines: BasketLine[]) => {
    setBasket(session, pointId, lines)
    return redirect(`${url.pathname}${url.search}`, { headers: await commitStaffHeaders(session) })
  }
  const basket = basketOf(session, pointId)
  const intent = String(form.get("intent") ?? "")
  const removed = form.get("remove")

  if (intent === "add") {
    const variant_id = String(form.get("variant_id") ?? "")
    const product_id = String(form.get("product_id") ?? "")
    if (!variant_id || !product_id) return json({ formErrors: ["staffConsole.error.variant"], lineErrors: {}, outOfStock: {} }, { status: 400 })
    return back(
      addToBasket(basket, {
        variant_id,
        product_id,
        product_title: String(form.get("product_title") ?? "").slice(0, 200),
        variant_title: String(form.get("variant_title") ?? "").slice(0, 200) || null,
      })
    )
  }
  if (intent === "scan") {
    // A keyboard-wedge scanner types the EAN-13 and Enter into the scan box.
    const code = String(form.get("code") ?? "").trim()
    if (!/^\d{8,14}$/.test(code)) return json({ formErrors: [], lineErrors: {}, outOfStock: {}, scanError: "staffConsole.scan.invalid" as const, code }, { status: 400 })
    const found = await withStaffToken(request, (token) => listPointStock(token, pointId, { q: code, limit: 5, offset: 0 }))
    const row = found.stock.find((r) => r.ean === code)
    if (!row) return json({ formErrors: [], lineErrors: {}, outOfStock: {}, scanError: "staffConsole.scan.unknown" as const, code }, { status: 400 })
    return back(addToBasket(basket, { variant_id: row.variant_id, product_id: row.product_id, product_title: row.product_title, variant_title: row.variant_title }))
  }
  if (removed) return back(basket.filter((l) => l.variant_id !== String(removed)))

  const { lines, invalid } = applyQuantities(basket, form)
  const lineErrors = Object.fromEntries(invalid.map((id) => [id, "staffConsole.error.quantity"]))
  if (intent !== "sell" && intent !== "sell_vietqr") {
    if (invalid.length) return json({ formErrors: [], lineErrors, outOfStock: {} }, { status: 400 })
    return back(lines)
  }

  const formErrors = lines.length === 0 ? ["staffConsole.sell.basketEmpty"] : []
  // The total as the catalog prices it now; the API sums again and has the last word.
  const prices = await variantPricesVnd(lines.map((l) => l.product_id))
  const total = lines.reduce((sum, l) => sum + (prices[l.variant_id] ?? 0) * l.quantity, 0)
  let payments: CounterPayment[] = []
  let paymentErrors: Record<string, PaymentFieldError> = {}
  let choice: string | null = "vietqr"
  if (intent === "sell_vietqr") {
    const qrId = String(form.get("qr_id") ?? "")
    const amount = Number(form.get("qr_amount"))
    payments = [{ method: "vietqr", amount, vietqr_id: qrId, confirmed: form.get("confirmed") === "on" }]
  } else {
    const parsed = counterPaymentsFrom(form, total)
    ;({ payments, choice } = parsed)
    paymentErrors = parsed.errors
  }
  if (invalid.length || formErrors.length || Object.keys(paymentErrors).length) {
    return json({ formErrors, lineErrors, outOfStock: {}, paymentErrors }, { status: 400 })
  }
  setBasket(session, pointId, lines)
  if (intent === "sell" && choice === "vietqr") {
    // First a code for the exact total, shown large; the sale follows once it is paid.
    const code = await withStaffToken(request, (token) => orStaffInputError(() => createCounterVietQr(token, pointId, total, formKeyOf(form))))
    if (code instanceof StaffInputError) {
      return json({ formErrors: [code.message], lineErrors: {}, outOfStock: {}, paymentErrors: {} }, { status: 400, headers: await commitStaffHeaders(session) })
    }
    return redirect(`${url.pathname}?qr=${encodeURIComponent(code.id)}`, { headers: await commitStaffHeaders(session) })
  }
  const sold = await withStaffToken(request, (token) =>
    orStaffInputError(() =>
      sellAtCounter(
        token,
        pointId,
        { items: lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })), payments },
        // The same basket form sent twice (double click) makes one sale and one receipt.
        formKeyOf(form)
      )
    )
  )
  if (sold instanceof StaffInputError) {
    const outOfStock = outOfStockLines(sold.shortfalls, lines)
    // Nothing was sold: the basket stays as typed, each refused line says why.
    return json(
      { formErrors: Object.keys(outOfStock).length ? ["staffConsole.sell.outOfStockForm"] : [sold.message], lineErrors: {}, outOfStock, basket: lines, paymentErrors: {} },
      { status: 400, headers: await commitStaffHeaders(session) }
    )
  }
  setBasket(session, pointId, [])
  return redirect(`/sales-point/${pointId}/receipts/${sold.sale.order_id}`, { headers: await commitStaffHeaders(session) })
}

type OfflineParts = typeof import("~/components/sales-point/offline/offline-sell")
type CameraParts = typeof import("~/components/sales-point/camera/camera-scan")

/**
 * Offline selling and camera scanning, loaded once the page is up (they are not part of
 * the page's first download): the offline sale is built in the browser from the
 * catalogue the service worker kept, since this route's action cannot run offline.
 */
function useLazyCounterParts() {
  const [offline, setOffline] = useState<OfflineParts | null>(null)
  const [camera, setCamera] = useState<CameraParts | null>(null)
  useEffect(() => {
    let live = true
    // Offline before they were ever kept, they cannot load: the page says it is loading.
    const none = () => undefined
    void import("~/components/sales-point/lazy-parts").then((door) => {
      void door.loadOfflineSell().then((m) => live && setOffline(m), none)
      void door.loadCameraScan().then((m) => live && setCamera(m), none)
    }, none)
    return () => {
      live = false
    }
  }, [])
  return { offline, camera }
}

export default function StaffSellRoute() {
  const online = useOnline()
  const { offline, camera } = useLazyCounterParts()
  const pointId = useParams().pointId!
  const t = useT()
  if (!online) {
    return (
      <>
        <h1>{t("staffConsole.sell.title")}</h1>
        {offline ? <offline.OfflineSell pointId={pointId} /> : <p role="status">{t("staffConsole.loading")}</p>}
      </>
    )
  }
  return <OnlineSell pointId={pointId} offline={offline} camera={camera} />
}

function OnlineSell({ pointId, offline, camera }: { pointId: string; offline: OfflineParts | null; camera: CameraParts | null }) {
  const loaded = useLoaderData<typeof loader>()
  const { q, results, prices, available, formKey, vietqr } = loaded
  const actionData = useActionData<typeof action>()
  // A refused sale is not reloaded: show the basket as the action kept it (with the typed quantities).
  const basket: BasketLine[] = actionData && "basket" in actionData && Array.isArray(actionData.basket) ? (actionData.basket as BasketLine[]) : loaded.basket
  const navigation = useNavigation()
  const submit = useSubmit()
  const t = useT()
  const busy = navigation.state === "submitting"
  const total = basket.reduce((sum, l) => sum + (prices[l.variant_id] ?? 0) * l.quantity, 0)
  const lineErrors: Record<string, string> = actionData?.lineErrors ?? {}
  const outOfStock: Record<string, { available: number; needed: number }> = actionData?.outOfStock ?? {}
  const paymentErrors = ((actionData && "paymentErrors" in actionData ? actionData.paymentErrors : null) ?? {}) as Record<string, PaymentFieldError>
  return (
    <>
      <h1>{t("staffConsole.sell.title")}</h1>
      {offline ? <offline.OfflineReady pointId={pointId} /> : null}
      <div className="staff-sell">
        <section aria-labelledby="sell-search-title" className="staff-sell__search">
          <h2 id="sell-search-title" className="visually-hidden">
            {t("staffConsole.sell.results")}
          </h2>
          <ScanForm error={actionData && "scanError" in actionData ? (actionData.scanError as "staffConsole.scan.unknown") : undefined} code={actionData && "code" in actionData ? String(actionData.code) : ""} />
          {/* A code read by the camera goes the scanner's way: the scan form's action. */}
          {camera?.canUseCamera() ? <camera.CameraScan onCode={(code) => submit({ intent: "scan", code }, { method: "post" })} /> : null}
          <ProductSearch id="sell-q" label={t("staffConsole.sell.search")} hint={t("staffConsole.stock.searchHint")} submit={t("staffConsole.sell.searchSubmit")} q={q} />
          {q && results.length === 0 ? <p className="empty">{t("staffConsole.sell.noResults")}</p> : null}
          {results.length ? (
            <ul className="staff-results">
              {results.map((r) => {
                const label = variantLabel(r)
                const price = prices[r.variant_id]
                return (
                  <li key={r.variant_id} className={r.low_stock ? "staff-row--low" : undefined}>
                    <span>
                      {label}
                      <span className="portal-muted">
                        {" "}
                        · {price != null ? formatVnd(price) : t("staffConsole.sell.noPrice")} · {t("staffConsole.sell.available", { available: r.available_quantity })}
                      </span>
                    </span>
                    <Form method="post">
                      <input type="hidden" name="intent" value="add" />
                      <input type="hidden" name="variant_id" value={r.variant_id} />
                      <input type="hidden" name="product_id" value={r.product_id} />
                      <input type="hidden" name="product_title" value={r.product_title} />
                      <input type="hidden" name="variant_title" value={r.variant_title ?? ""} />
                      <button type="submit" className="button button--ghost" aria-label={t("staffConsole.sell.addLabel", { product: label })} disabled={busy}>
                        {t("staffConsole.sell.add")}
                      </button>
                    </Form>
                  </li>
                )
              })}
            </ul>
          ) : null}
        </section>

        <section aria-labelledby="basket-title" className="staff-sell__basket">
          <h2 id="basket-title">{t("staffConsole.sell.basket")}</h2>
          {basket.length === 0 ? (
            <p className="empty">{t("staffConsole.sell.basketEmpty")}</p>
          ) : (
            <Form method="post" aria-describedby={actionData?.formErrors?.length ? "basket-errors" : undefined}>
              {/* Enter in a quantity box updates the basket instead of pressing the first line's remove button. */}
              <button type="submit" name="intent" value="update" className="visually-hidden" tabIndex={-1} aria-hidden="true" />
              <FormKeyField value={formKey} />
              <FormErrors id="basket-errors" errors={actionData?.formErrors} />
              <ul className="staff-basket">
                {basket.map((line) => {
                  const label = variantLabel(line)
                  const price = prices[line.variant_id]
                  const qtyId = `qty-${line.variant_id}`
                  const errorId = `${qtyId}-error`
                  const short = outOfStock[line.variant_id]
                  const error = lineErrors[line.variant_id]
                  return (
                    <li key={line.variant_id} className={short ? "staff-basket__line staff-basket__line--short" : "staff-basket__line"} data-variant-id={line.variant_id}>
                      <div className="staff-basket__what">
                        <strong>{label}</strong>
                        <span className="portal-muted">
                          {price != null ? formatVnd(price) : t("staffConsole.sell.noPrice")} ·{" "}
                          {t("staffConsole.sell.available", { available: available[line.variant_id] ?? 0 })}
                        </span>
                      </div>
                      <div className="field staff-basket__qty">
                        <label htmlFor={qtyId}>{t("staffConsole.sell.quantityOf", { product: label })}</label>
                        <input
                          id={qtyId}
                          name={`qty.${line.variant_id}`}
                          type="number"
                          inputMode="numeric"
                          min={1}
                          step={1}
                          defaultValue={line.quantity}
                          aria-invalid={short || error ? true : undefined}
                          aria-describedby={short || error ? errorId : undefined}
                        />
                      </div>
                      <span className="staff-basket__sum">{price != null ? formatVnd(price * line.quantity) : "—"}</span>
                      <button
                        type="submit"
                        name="remove"
                        value={line.variant_id}
                        className="button button--link"
                        aria-label={t("staffConsole.sell.removeLabel", { product: label })}
                      >
                        {t("staffConsole.sell.remove")}
                      </button>
                      {short || error ? (
                        <p className="field-errors staff-out-of-stock" id={errorId}>
                          {short ? t("staffConsole.sell.outOfStock", short) : t(error as "staffConsole.error.quantity")}
                        </p>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
              <button type="submit" name="intent" value="update" className="button button--ghost">
                {t("staffConsole.sell.update")}
              </button>
              <p className="staff-basket__total">
                {t("staffConsole.sell.total")}: <strong data-testid="basket-total">{formatVnd(total)}</strong>
              </p>
              {vietqr ? null : <CounterPaymentFields total={total} errors={paymentErrors} />}
              {vietqr ? null : (
                <button type="submit" name="intent" value="sell" className="button button--wide" disabled={busy}>
                  {busy ? t("staffConsole.saving") : t("staffConsole.sell.submit")}
                </button>
              )}
            </Form>
          )}
          {vietqr && basket.length ? <CounterVietQrPanel code={vietqr} formKey={formKey} busy={busy} /> : null}
        </section>
      </div>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.sell.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.sell.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
