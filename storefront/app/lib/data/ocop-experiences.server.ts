import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "../i18n"
import { authHeaders, localeHeaders, sdk } from "../medusa.server"
import type {
  OcopExperienceDetail,
  OcopExperienceSummary,
  OcopOrderBooking,
} from "../ocop-types"
import { nullOn404 } from "./not-found.server"

export type {
  OcopExperience,
  OcopExperienceDate,
  OcopExperienceDetail,
  OcopExperienceSummary,
  OcopOrderBooking,
} from "../ocop-types"

/** GET /store/ocop/experiences: every published experience, by title. */
export async function listExperiences(locale: Locale, { limit = 50, offset = 0 } = {}) {
  return sdk.client.fetch<{ experiences: OcopExperienceSummary[]; count: number }>("/store/ocop/experiences", {
    query: { limit, offset },
    headers: localeHeaders(locale),
  })
}

/** GET /store/ocop/experiences/:handle with its bookable dates, or null. */
export async function getExperience(handle: string, locale: Locale): Promise<OcopExperienceDetail | null> {
  return nullOn404(async () => {
    const { experience } = await sdk.client.fetch<{ experience: OcopExperienceDetail }>(
      `/store/ocop/experiences/${encodeURIComponent(handle)}`,
      { headers: localeHeaders(locale) }
    )
    return experience
  })
}

export type ExperienceBookingInput = {
  cart_id: string
  date: string
  /** Every visitor, children included. */
  guests: number
  children: number
}

/**
 * POST /store/ocop/experiences/:handle/book: the date's seats go in the cart (taken at
 * completion). A refusal (400 naming `date`, `guests` or `children`; 409 "try again")
 * comes back as `refused` with the API's message; anything else is thrown.
 */
export async function bookExperience(
  handle: string,
  input: ExperienceBookingInput,
  token?: string | null
): Promise<{ refused: null } | { refused: { status: number; message: string } }> {
  try {
    await sdk.client.fetch(`/store/ocop/experiences/${encodeURIComponent(handle)}/book`, {
      method: "POST",
      body: input,
      headers: authHeaders(token),
    })
    return { refused: null }
  } catch (error) {
    if (error instanceof FetchError && (error.status === 400 || error.status === 409)) {
      return { refused: { status: error.status, message: error.message } }
    }
    throw error
  }
}

/** GET /store/ocop/orders/:id/bookings: the order's experience bookings (none for goods only). */
export async function listOrderBookings(orderId: string): Promise<OcopOrderBooking[]> {
  const found = await nullOn404(async () => {
    const { bookings } = await sdk.client.fetch<{ bookings: OcopOrderBooking[] }>(
      `/store/ocop/orders/${encodeURIComponent(orderId)}/bookings`
    )
    return bookings
  })
  return found ?? []
}
