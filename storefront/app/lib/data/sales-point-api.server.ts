import { FetchError } from "@medusajs/js-sdk"
import type { StockSort } from "~/components/sales-point/stock-sorts"
import type { OcopStockShortfall } from "../ocop-types"
import { authHeaders, backendUrl, postKeepingRefusal, sdk, stockShortfalls } from "../medusa.server"
import { backendFetch } from "../busy.server"

export type StaffPoint = {
  id: string
  handle: string
  name: string
  kind: "centre" | "point"
  address: string
  province: { code: string; name: string | null }
}

export type StaffMe = { staff: { id: string; email: string; name: string | null }; sales_points: StaffPoint[] }

export type PointStockRow = {
  product_id: string
  product_title: string
  thumbnail: string | null
  variant_id: string
  variant_title: string | null
  sku: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  /** Units of expired lots: stocked, never available (decision 405). */
  expired_quantity?: number
  low_stock: boolean
  ean: string | null
  barcode_modules: string | null
  category_set: string | null
  stars: number | null
  producer_id: string | null
  producer_name: string | null
}


export type StockFacets = { category_sets: string[]; producers: { id: string; name: string }[] }

export type MovementKind = "receive" | "adjust" | "transfer_out" | "transfer_in" | "sale" | "return"
export type AdjustReason = "count_correction" | "damage" | "expiry"

export type Movement = {
  id: string
  kind: MovementKind
  reason: AdjustReason | null
  variant_id: string | null
  quantity: number
  quantity_before: number
  quantity_after: number
  staff_email: string | null
  staff_name: string | null
  reference: string | null
  note: string | null
  created_at: string
  product_title: string | null
  variant_title: string | null
  order_display_id: number | null
}

export type Transfer = {
  id: string
  from_sales_point_id: string
  to_sales_point_id: string
  variant_id: string | null
  quantity: number
  status: "in_transit" | "received"
  note: string | null
  sent_by: string
  received_at: string | null
  created_at: string
}

export type PaymentMethod = "cash" | "card_at_counter" | "vietqr"

/** One part of a counter payment, as the API takes it. */
export type CounterPayment = {
  method: PaymentMethod
  amount: number
  tendered?: number | null
  reference?: string | null
  vietqr_id?: string | null
  confirmed?: boolean | null
}

export type ReceiptPayment = {
  id: string
  kind: "sale" | "refund"
  method: PaymentMethod
  amount: number
  tendered: number | null
  change: number | null
  reference: string | null
  confirmed_by: "staff" | "bank" | null
}

export type CounterVietQr = {
  id: string
  reference: string
  amount: number
  status: "pending" | "received"
  confirmed_by: "staff" | "bank" | null
  order_id: string | null
  account_name: string | null
  illustrative: boolean
  payload: string | null
}

export type DailySummary = {
  date: string
  orders: number
  units: number
  total: number
  by_payment_method: Record<PaymentMethod, { orders: number; total: number }>
  sales: { id: string; display_id: number; created_at: string; payment_method: PaymentMethod | "split"; total: number; units: number; staff_email: string | null }[]
}

export type Receipt = {
  order_id: string
  display_id: number
  created_at: string
  /** legal_name: the operator the receipt is issued in the name of. */
  sales_point: { id: string; name: string; address: string; legal_name?: string | null; phone?: string | null }
  payment_method: PaymentMethod | "split"
  payments: ReceiptPayment[]
  staff_email: string | null
  staff_name: string | null
  total: number
  units: number
  /** `lots`: the lots the line's units left (earliest expiry first). */
  lines: { variant_id: string; product_title: string; variant_title: string | null; quantity: number; unit_price: number; lots?: ReceiptLot[] }[]
  /** The sale's e-invoice: its lookup code goes on the receipt with a QR to the printable invoice. */
  invoice?: { lookup_code: string; status: string; template: string; series: string; number: number | null } | null
}

export type ReceiptLot = { id: string; lot_code: string; expires_on: string | null; quantity: number }

/** A lot at a point: its label's dates and what is left of it. */
export type PointLot = {
  id: string
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  lot_code: string
  expires_on: string | null
  produced_on: string | null
  received_quantity: number
  remaining_quantity: number
  expired: boolean
  days_left: number | null
  created_at: string
}

export type LotTraceEntry = {
  id: string
  kind: MovementKind | "reconcile"
  quantity: number
  created_at: string
  reference: string | null
  order_display_id: number | null
  staff_name: string | null
}

/** A 401 from the staff API: the session must be signed in again. */
export class StaffUnauthorizedError extends Error {
  name = "StaffUnauthorizedError"
}

/**
 * A 4xx the staff member can fix; `message` is the API's, which names the field. A stock
 * refusal also says which lines are short, and by how much (`shortfalls`).
 */
export class StaffInputError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly shortfalls: OcopStockShortfall[] = []
  ) {
    super(message)
  }
}

async function call<T>(
  path: string,
  token: string,
  init: { method?: string; body?: unknown; query?: Record<string, unknown>; formKey?: string; keepRefusal?: boolean } = {}
): Promise<T> {
  // The form's key makes the API record a form sent twice only once.
  const headers = init.formKey ? { ...authHeaders(token), "idempotency-key": init.formKey } : authHeaders(token)
  try {
    if (init.keepRefusal) return await postKeepingRefusal<T>(path, init.body ?? {}, headers)
    return await sdk.client.fetch<T>(path, { method: init.method, body: init.body as any, query: init.query, headers })
  } catch (error) {
    if (!(error instanceof FetchError)) throw error
    if (error.status === 401) throw new StaffUnauthorizedError(error.message)
    if (error.status === 400 || error.status === 409 || error.status === 422) throw new StaffInputError(error.message, error.status, stockShortfalls(error))
    throw error
  }
}

const pointPath = (pointId: string, rest = "") => `/sales-point/points/${encodeURIComponent(pointId)}${rest}`

export function getStaffMe(token: string) {
  return call<StaffMe>("/sales-point/me", token)
}

export async function listAllPoints(token: string) {
  return (await call<{ sales_points: (StaffPoint & { mine: boolean })[] }>("/sales-point/points", token)).sales_points
}

export type StockQuery = { q?: string; low_only?: boolean; category_set?: string; producer_id?: string; sort?: StockSort; limit: number; offset: number }

export function listPointStock(token: string, pointId: string, query: StockQuery) {
  return call<{ stock: PointStockRow[]; count: number; facets: StockFacets; low_stock_threshold: number }>(pointPath(pointId, "/stock"), token, {
    query: {
      ...query,
      q: query.q || undefined,
      low_only: query.low_only ? "true" : undefined,
      category_set: query.category_set || undefined,
      producer_id: query.producer_id || undefined,
    },
  })
}

export type ReceiveBody = {
  variant_id: string
  quantity: number
  producer_id?: string | null
  lot_code?: string | null
  expires_on?: string | null
  produced_on?: string | null
  note?: string | null
}

export function receiveStock(token: string, pointId: string, body: ReceiveBody, formKey?: string) {
  return call<{ movements: (Movement & { lots?: { lot_code: string; expires_on: string | null }[] })[] }>(pointPath(pointId, "/receive"), token, { method: "POST", body, formKey })
}

export function adjustStock(token: string, pointId: string, body: { variant_id: string; adjustment: number; reason: AdjustReason; note?: string | null }, formKey?: string) {
  return call<{ movements: Movement[] }>(pointPath(pointId, "/adjust"), token, { method: "POST", body, formKey })
}

export function sendTransfer(token: string, pointId: string, body: { to_sales_point_id: string; variant_id: string; quantity: number; note?: string | null }, formKey?: string) {
  return call<{ transfers: Transfer[] }>(pointPath(pointId, "/transfers"), token, { method: "POST", body, formKey })
}

export function listTransfers(token: string, pointId: string, query: { direction: "incoming" | "outgoing"; status?: "in_transit" | "received" }) {
  return call<{ transfers: Transfer[]; count: number }>(pointPath(pointId, "/transfers"), token, { query: { ...query, limit: 50 } })
}

export function confirmTransfer(token: string, pointId: string, transferId: string) {
  return call<unknown>(pointPath(pointId, `/transfers/${encodeURIComponent(transferId)}/receive`), token, { method: "POST", body: {} })
}

export function sellAtCounter(token: string, pointId: string, body: { items: { variant_id: string; quantity: number }[]; payments: CounterPayment[] }, formKey?: string) {
  return call<{ sale: { order_id: string; total: number; units: number; change: number } }>(pointPath(pointId, "/sales"), token, { method: "POST", body, formKey, keepRefusal: true })
}

/** A VietQR code for the exact amount, to show the customer; the sale names it once paid. */
export async function createCounterVietQr(token: string, pointId: string, amount: number, formKey?: string) {
  return (await call<{ vietqr: CounterVietQr }>(pointPath(pointId, "/vietqr"), token, { method: "POST", body: { amount }, formKey })).vietqr
}

/** A VietQR code of this point with its state, or null (another point's is a 404 too). */
export async function getCounterVietQr(token: string, pointId: string, id: string): Promise<CounterVietQr | null> {
  try {
    return (await call<{ vietqr: CounterVietQr }>(pointPath(pointId, `/vietqr/${encodeURIComponent(id)}`), token)).vietqr
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/** A counter sale of this point as a receipt, or null (another point's order is a 404 too). */
export async function getReceipt(token: string, pointId: string, orderId: string): Promise<Receipt | null> {
  try {
    return (await call<{ receipt: Receipt }>(pointPath(pointId, `/orders/${encodeURIComponent(orderId)}`), token)).receipt
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export type LedgerFilters = { kind?: MovementKind; variant_id?: string; from?: string; to?: string }

export function listMovements(token: string, pointId: string, filters: LedgerFilters & { limit: number; offset: number }) {
  return call<{ movements: Movement[]; count: number }>(pointPath(pointId, "/movements"), token, { query: filters })
}

/** The ledger as the API's CSV, passed through untouched (the browser never holds the token). */
export async function movementsCsv(token: string, pointId: string, filters: LedgerFilters): Promise<Response> {
  const url = new URL(`${backendUrl}${pointPath(pointId, "/movements")}`)
  for (const [k, v] of Object.entries({ ...filters, format: "csv" })) if (v) url.searchParams.set(k, v)
  const res = await backendFetch(url, { headers: authHeaders(token) })
  if (res.status === 401) throw new StaffUnauthorizedError(res.statusText)
  return res
}

export async function getDailySummary(token: string, pointId: string, date?: string) {
  return (await call<{ summary: DailySummary }>(pointPath(pointId, "/sales/summary"), token, { query: { date } })).summary
}

/** Runs staff calls and hands back the API's 4xx as a value, for the action to show next to its fields. */
export async function orStaffInputError<T>(run: () => Promise<T>): Promise<T | StaffInputError> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof StaffInputError) return error
    throw error
  }
}

// A point's forms pick from what it holds; 200 covers the seeded catalog and more.
const VARIANT_CHOICES = 200

export type ReceivableVariant = { product_id: string; product_title: string; variant_id: string; variant_title: string | null; sku: string | null; available_quantity: number }

/** Certified products' variants matching `q`, held here or not: what a delivery may bring. */
export async function listReceivableVariants(token: string, pointId: string, q: string) {
  return (await call<{ variants: ReceivableVariant[] }>(pointPath(pointId, "/variants"), token, { query: { q, limit: VARIANT_CHOICES } })).variants
}

/** The variants this point holds, to choose from in its forms. */
export async function listPointVariants(token: string, pointId: string) {
  return (await listPointStock(token, pointId, { limit: VARIANT_CHOICES, offset: 0 })).stock
}

type ByMethod = Record<PaymentMethod, number>

export type ShiftReport = {
  id: string
  status: "open" | "closed"
  opened_at: string
  closed_at: string | null
  opening_float: number
  orders: number
  sales: ByMethod
  refunds: ByMethod
  sales_total: number
  refunds_total: number
  expected_cash: number
  counted_cash: number | null
  difference: number | null
  note: string | null
}

export function listShifts(token: string, pointId: string, query: { status?: "open" | "closed"; limit: number; offset: number }) {
  return call<{ shifts: ShiftReport[]; count: number }>(pointPath(pointId, "/shifts"), token, { query })
}

/** One shift's report, or null (another point's is a 404 too). */
export async function getShift(token: string, pointId: string, shiftId: string): Promise<ShiftReport | null> {
  try {
    return (await call<{ shift: ShiftReport }>(pointPath(pointId, `/shifts/${encodeURIComponent(shiftId)}`), token)).shift
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export async function openShift(token: string, pointId: string, body: { opening_float: number; note?: string | null }, formKey?: string) {
  return (await call<{ shift: ShiftReport }>(pointPath(pointId, "/shifts"), token, { method: "POST", body, formKey })).shift
}

export async function closeShift(token: string, pointId: string, shiftId: string, body: { counted_cash: number; note?: string | null }, formKey?: string) {
  return (await call<{ shift: ShiftReport }>(pointPath(pointId, `/shifts/${encodeURIComponent(shiftId)}/close`), token, { method: "POST", body, formKey })).shift
}

/** Lines of a counter receipt brought back: stock back in, refunded by the sale's method. */
export function returnCounterLines(token: string, pointId: string, orderId: string, body: { items: { variant_id: string; quantity: number }[] }, formKey?: string) {
  return call<{ return: { amount: number; refunds: { method: PaymentMethod; amount: number }[] } }>(pointPath(pointId, `/orders/${encodeURIComponent(orderId)}/returns`), token, {
    method: "POST",
    body,
    formKey,
  })
}

/** The point's lots with units left, earliest expiry first; `expiring_within` days for "Sắp hết hạn". */
export function listLots(token: string, pointId: string, query: { expiring_within?: number; limit: number; offset: number }) {
  return call<{ lots: PointLot[]; count: number; expiring_within_days: number }>(pointPath(pointId, "/lots"), token, { query })
}

/** One lot of this point with its trace from receipt to sales, or null (another point's is a 404 too). */
export async function getLotTrace(token: string, pointId: string, lotId: string): Promise<{ lot: PointLot; trace: LotTraceEntry[] } | null> {
  try {
    return await call<{ lot: PointLot; trace: LotTraceEntry[] }>(pointPath(pointId, `/lots/${encodeURIComponent(lotId)}`), token)
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
