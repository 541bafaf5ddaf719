import type { ParcelStatus } from "../carriers/statuses"

/**
 * GHTK's status_id values, in our words. A courier's own report (45 "shipper báo
 * đã giao") is not yet a delivery: only GHTK's confirmation (5, 6) captures cash.
 */
const GHTK_STATUSES: Record<number, ParcelStatus> = {
  [-1]: "cancelled",
  1: "created",
  2: "created",
  12: "created",
  7: "created",
  8: "created",
  127: "created",
  128: "created",
  3: "picked_up",
  123: "picked_up",
  4: "in_transit",
  10: "in_transit",
  410: "in_transit",
  45: "in_transit",
  5: "delivered",
  6: "delivered",
  9: "delivery_failed",
  49: "delivery_failed",
  20: "returning",
  21: "returned",
  11: "returned",
  13: "lost",
}

export function ghtkParcelStatus(statusId: number): ParcelStatus | null {
  return GHTK_STATUSES[statusId] ?? null
}
