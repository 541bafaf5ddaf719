import { MedusaError } from "@medusajs/framework/utils"
import type { AdminCommune } from "../../modules/admin-units/data/admin-units"
import { CarrierError } from "./http"
import { type AddressLike, communeOfAddress } from "./communes"

/**
 * A carrier that cannot quote (timeout, refusal) makes its option unavailable: a
 * 400 the storefront shows beside the option, never a 500, and choosing the option
 * fails the same way, so a cart never gets an unpriced carrier.
 */
export function unavailable(carrier: string, error: unknown): never {
  if (error instanceof MedusaError) throw error
  const reason =
    error instanceof CarrierError
      ? error.message
      : `${carrier} gave no usable answer (${(error as Error)?.message ?? error})`
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${carrier} delivery is unavailable right now: ${reason}. Choose another delivery option.`
  )
}

/** The 2025 commune of an address, or a 400 naming the address field. */
export function communeOrRefuse(
  carrier: string,
  field: "shipping_address" | "from_location",
  address: AddressLike | null | undefined
): AdminCommune {
  const commune = communeOfAddress(address)
  if (commune) return commune
  const shown =
    [address?.city, address?.province].filter(Boolean).join(", ") || "empty"
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    field === "shipping_address"
      ? `shipping_address: "${shown}" is not a 2025 commune and province; ${carrier} cannot deliver there`
      : `from_location: the stock location's address ("${shown}") names no 2025 commune; ${carrier} cannot pick up there`
  )
}

/** A commune the carrier's address list has no code for: refused, never guessed. */
export function unmappable(
  carrier: string,
  field: string,
  commune: AdminCommune
): never {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${field}: ${carrier} has no address code for ${commune.name} (${commune.code}); choose another delivery option`
  )
}
