import { FetchError } from "@medusajs/js-sdk"
import { authHeaders, backendUrl, bearerHeaders, sdk } from "../medusa.server"
import { emailPassToken, EmailTakenError, registerIdentity } from "./auth.server"
import { multipartBody } from "../multipart-body.server"
import type { IssuingLevel, ProducerType } from "../ocop-types"
import { backendFetch } from "../busy.server"

export type ReviewStatus = "not_submitted" | "pending_review" | "rejected" | "active" | "expired" | "revoked" | "superseded"

export type ProducerCertification = {
  id: string
  stars: number
  score: number | null
  category_set: string | null
  decision_number: string | null
  decision_date: string | null
  issuing_body: string | null
  issuing_level: IssuingLevel | null
  valid_from: string | null
  valid_until: string | null
  status: Exclude<ReviewStatus, "not_submitted">
  status_reason: string | null
  certificate_scan_url: string | null
  created_at: string
}

export type ProducerListing = {
  id: string
  title: string
  handle: string
  description: string | null
  status: "draft" | "proposed" | "published" | "rejected"
  thumbnail: string | null
  images: string[]
  weight: number | null
  category_set: string | null
  variants: { id: string; title: string; sku: string | null; weight: number | null; price_vnd: number | null }[]
  current_certification: ProducerCertification | null
  review: { certification_id: string | null; status: ReviewStatus; reason: string | null }
  certifications: ProducerCertification[]
  created_at: string
}

export type ProducerProfile = {
  member: { id: string; email: string; name: string | null; status: string }
  producer: {
    id: string
    handle: string
    name: string
    type: ProducerType | null
    registration_number: string | null
    address: string | null
    commune_code: string | null
    province_code: string | null
    email: string | null
    phone: string | null
    website: string | null
    story: string | null
    photos: string[]
  }
}

export type ProducerStockRow = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  sku: string | null
  location_id: string
  location_name: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export type ProducerShipment = {
  id: string
  status: "packed" | "shipped" | "delivered"
  packed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
  lines: { line_id: string; quantity: number }[]
}

export type ProducerOrder = {
  id: string
  display_id: number
  status: string
  created_at: string
  // Collected at a sales point: the point hands it over, the producer ships nothing.
  pickup: boolean
  delivery: { name: string; phone: string | null; address: string; postal_code: string | null }
  // Units of the producer's lines not packed yet.
  to_pack: number
  // What the courier collects on a cash-on-delivery parcel, or null.
  cod_to_collect: number | null
  lines: {
    id: string
    product_id: string
    product_title: string
    variant_title: string | null
    quantity: number
    fulfilled_quantity: number
    unit_price: number
    to_pack: number
  }[]
  shipments: ProducerShipment[]
}

/** A 401 from the producer API: the session must be signed in again. */
export class ProducerUnauthorizedError extends Error {
  name = "ProducerUnauthorizedError"
}

/** A 4xx the producer can fix; `message` is the API's, which names the field. */
export class ProducerInputError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

async function call<T>(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  try {
    return await sdk.client.fetch<T>(path, { method: init.method, body: init.body as any, headers: authHeaders(token) })
  } catch (error) {
    throw translateError(error)
  }
}

function translateError(error: unknown): unknown {
  if (!(error instanceof FetchError)) return error
  if (error.status === 401) return new ProducerUnauthorizedError(error.message)
  if (error.status === 400 || error.status === 409 || error.status === 422) return new ProducerInputError(error.message, error.status)
  return error
}

export class ProducerEmailTakenError extends Error {}

/**
 * Registers a producer login and takes up the office's invitation with the token
 * from its link, or files a request the office approves. Returns the member's status.
 */
export async function requestProducerAccount(input: { email: string; password: string; name: string; request_note?: string; token?: string }) {
  let token: string
  try {
    token = await registerIdentity("producer", input.email, input.password)
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error
    // A login registered by an earlier try (e.g. a mistyped invitation link) is reused with its password.
    const existing = await emailPassToken("producer", input.email, input.password)
    if (!existing) throw new ProducerEmailTakenError(error.message)
    token = existing
  }
  // The registration token has no producer yet, so no session: it is used once, as a bearer.
  try {
    const { member } = await sdk.client.fetch<{ member: { id: string; status: "active" | "requested" } }>("/producer/account", {
      method: "POST",
      body: { name: input.name, request_note: input.request_note, ...(input.token ? { token: input.token } : {}) },
      headers: bearerHeaders(token),
    })
    return member
  } catch (error) {
    throw translateError(error)
  }
}

export function getProducerProfile(token: string) {
  return call<ProducerProfile>("/producer/me", token)
}

export function updateProducerProfile(token: string, body: Record<string, unknown>) {
  return call<ProducerProfile>("/producer/me", token, { method: "POST", body })
}

/** The account the programme pays the producer's statements to (bank by NAPAS BIN). */
export type ProducerBankAccount = { bank_bin: string; account_number: string; account_name: string }

/** GET /producer/me/bank-account: the producer's payout account, or null when none is set. */
export async function getProducerBankAccount(token: string) {
  return (await call<{ bank_account: ProducerBankAccount | null }>("/producer/me/bank-account", token)).bank_account
}

/** POST /producer/me/bank-account: sets the payout account; the API checks the bank and the number (400 naming the field). */
export async function setProducerBankAccount(token: string, body: ProducerBankAccount) {
  return (await call<{ bank_account: ProducerBankAccount }>("/producer/me/bank-account", token, { method: "POST", body })).bank_account
}

export async function listProducerListings(token: string) {
  return (await call<{ products: ProducerListing[] }>("/producer/products", token)).products
}

/** One of the producer's listings, or null (another producer's id is a 404 too). */
export async function getProducerListing(token: string, id: string): Promise<ProducerListing | null> {
  try {
    return (await call<{ product: ProducerListing }>(`/producer/products/${encodeURIComponent(id)}`, token)).product
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export async function createProducerListing(token: string, body: Record<string, unknown>) {
  return (await call<{ product: ProducerListing }>("/producer/products", token, { method: "POST", body })).product
}

export async function updateProducerListing(token: string, id: string, body: Record<string, unknown>) {
  return (await call<{ product: ProducerListing }>(`/producer/products/${encodeURIComponent(id)}`, token, { method: "POST", body })).product
}

export function submitProducerCertification(token: string, productId: string, body: Record<string, unknown>) {
  return call<{ certification: ProducerCertification; product: ProducerListing }>(
    `/producer/products/${encodeURIComponent(productId)}/certifications`,
    token,
    { method: "POST", body }
  )
}

/** A pack of the producer with what its own premises hold (zero when never declared). */
export type ProducerPremisesPack = {
  product_title: string
  variant_id: string
  variant_title: string
  sku: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

/** One line of the producer's stock ledger. */
export type ProducerStockMovement = {
  id: string
  variant_id: string | null
  reason: string
  quantity: number
  quantity_before: number
  quantity_after: number
  member_email: string | null
  created_at: string
}

export type ProducerInventory = {
  stock: ProducerStockRow[]
  premises: { location: { id: string; name: string } | null; packs: ProducerPremisesPack[] }
  movements: ProducerStockMovement[]
}

/** GET /producer/inventory: stock everywhere, the premises' packs and the latest ledger lines. */
export function getProducerInventory(token: string) {
  return call<ProducerInventory>("/producer/inventory", token)
}

/** POST /producer/inventory: the new count of a pack at the premises, or a signed change, with a reason. */
export function recordProducerStock(
  token: string,
  body: { variant_id: string; quantity?: number; change?: number; reason: string }
) {
  return call<{ movement: ProducerStockMovement }>("/producer/inventory", token, { method: "POST", body })
}

export async function listProducerStock(token: string) {
  return (await call<{ stock: ProducerStockRow[] }>("/producer/inventory", token)).stock
}

export function listProducerOrders(token: string) {
  return call<{ orders: ProducerOrder[]; sold: { product_id: string; title: string; quantity: number }[] }>("/producer/orders", token)
}

/** A review of one of the producer's products, as the portal shows it. */
export type ProducerReview = {
  id: string
  product_id: string
  product_title: string | null
  product_handle: string | null
  rating: number
  body: string
  photos: string[]
  author_name: string | null
  created_at: string
  reply: string | null
  replied_at: string | null
  status: "published" | "hidden"
  hidden_reason: string | null
}

/** GET /producer/reviews: reviews of the producer's own products, newest first. */
export function listProducerReviews(token: string) {
  return call<{ reviews: ProducerReview[]; count: number }>("/producer/reviews?limit=100", token)
}

/** POST /producer/reviews/:id/reply: the producer's public reply (empty withdraws it). */
export function replyToProducerReview(token: string, id: string, reply: string) {
  return call<{ review: ProducerReview }>(`/producer/reviews/${encodeURIComponent(id)}/reply`, token, { method: "POST", body: { reply } })
}

/**
 * POST /producer/uploads (multipart, through the File Module): the files' public
 * URLs. The js-sdk only sends JSON, so this one is a plain fetch.
 */
export async function uploadProducerFiles(token: string, files: File[]): Promise<string[]> {
  const { body, headers } = await multipartBody("files", files)
  const res = await backendFetch(`${backendUrl}/producer/uploads`, { method: "POST", body, headers: { ...authHeaders(token), ...headers } })
  const data = (await res.json().catch(() => ({}))) as { files?: { url: string }[]; message?: string }
  if (!res.ok) throw translateError(new FetchError(data.message ?? res.statusText, res.statusText, res.status))
  return (data.files ?? []).map((f) => f.url)
}

/** Runs portal calls and hands back the API's 4xx as a value, for the action to show next to its fields. */
export async function orInputError<T>(run: () => Promise<T>): Promise<T | ProducerInputError> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ProducerInputError) return error
    throw error
  }
}

export type HostBookingStatus = "booked" | "attended" | "cancelled"

export type HostExperienceDate = {
  date: string
  closed: boolean
  seats_left: number
  seats_sold: number
}

export type HostExperience = {
  id: string
  product_id: string
  title: string
  handle: string
  status: string
  meeting_point: string
  start_time: string
  capacity_per_date: number
}

export type HostDateBooking = {
  reference: string
  order_id: string
  guests: number
  children: number
  lead_name: string
  lead_phone: string
  status: HostBookingStatus
  cancel_reason: string | null
}

export type HostBooking = {
  reference: string
  order_id: string
  experience_id: string
  experience_title: string | null
  experience_handle: string | null
  meeting_point: string | null
  start_time: string | null
  date: string
  guests: number
  children: number
  lead_name: string
  lead_phone: string
  status: HostBookingStatus
  attended_at: string | null
  cancelled_at: string | null
  cancel_reason: string | null
}

/** GET /producer/experiences: the host's experiences, upcoming dates with seats sold and left. */
export async function listHostExperiences(token: string) {
  return (
    await call<{ experiences: (HostExperience & { dates: (HostExperienceDate & { bookings_count: number })[] })[] }>(
      "/producer/experiences",
      token
    )
  ).experiences
}

/** One of the host's experiences with every upcoming date's bookings, or null (another host's is a 404 too). */
export async function getHostExperience(token: string, id: string) {
  try {
    return (
      await call<{ experience: HostExperience & { dates: (HostExperienceDate & { bookings: HostDateBooking[] })[] } }>(
        `/producer/experiences/${encodeURIComponent(id)}`,
        token
      )
    ).experience
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/** The booking behind a voucher's reference if it is for one of the host's experiences, else null. */
export async function getHostBooking(token: string, reference: string): Promise<HostBooking | null> {
  try {
    return (await call<{ booking: HostBooking }>(`/producer/experiences/bookings/${encodeURIComponent(reference)}`, token)).booking
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    if (error instanceof ProducerInputError) return null
    throw error
  }
}

export async function markBookingAttended(token: string, reference: string) {
  return (
    await call<{ booking: HostBooking }>(`/producer/experiences/bookings/${encodeURIComponent(reference)}/attended`, token, {
      method: "POST",
      body: {},
    })
  ).booking
}

/** Cancels a date of the host's experience; the API releases seats and payments and tells the visitors. */
export async function cancelHostExperienceDate(token: string, id: string, date: string, reason: string) {
  return (
    await call<{ cancellation: { cancelled: string[]; orders_left_to_settle: string[] } }>(
      `/producer/experiences/${encodeURIComponent(id)}/dates/${encodeURIComponent(date)}/cancel`,
      token,
      { method: "POST", body: { reason } }
    )
  ).cancellation
}

/** "Đã đóng gói": a parcel of the producer's unpacked lines in this order. */
export async function packProducerOrder(token: string, orderId: string) {
  return call<{ fulfillment_id: string; order: ProducerOrder }>(`/producer/orders/${encodeURIComponent(orderId)}/fulfillments`, token, {
    method: "POST",
    body: {},
  })
}

/** "Đã giao cho đơn vị vận chuyển": the packed parcel leaves with a carrier and a tracking number. */
export async function shipProducerParcel(
  token: string,
  orderId: string,
  fulfillmentId: string,
  body: { carrier: string; tracking_number: string; tracking_url?: string }
) {
  return (
    await call<{ order: ProducerOrder }>(
      `/producer/orders/${encodeURIComponent(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/shipment`,
      token,
      { method: "POST", body }
    )
  ).order
}
