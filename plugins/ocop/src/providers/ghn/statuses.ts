import type { ParcelStatus } from "../carriers/statuses"

/** GHN's order statuses (its webhook's `Status`), in our words. */
const GHN_STATUSES: Record<string, ParcelStatus> = {
  ready_to_pick: "created",
  picking: "created",
  money_collect_picking: "created",
  picked: "picked_up",
  storing: "in_transit",
  transporting: "in_transit",
  sorting: "in_transit",
  delivering: "in_transit",
  money_collect_delivering: "in_transit",
  delivered: "delivered",
  delivery_fail: "delivery_failed",
  waiting_to_return: "returning",
  return: "returning",
  return_transporting: "returning",
  return_sorting: "returning",
  returning: "returning",
  return_fail: "returning",
  returned: "returned",
  cancel: "cancelled",
  exception: "lost",
  damage: "lost",
  lost: "lost",
}

export function ghnParcelStatus(status: string): ParcelStatus | null {
  return GHN_STATUSES[status.trim().toLowerCase()] ?? null
}
