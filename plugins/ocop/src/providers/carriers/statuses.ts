/**
 * A carrier's parcel status in our words. The rank orders them along a parcel's
 * life, so an event that arrives after a later one (webhooks are not ordered) is
 * recorded for the timeline but moves nothing back.
 */
export type ParcelStatus =
  | "created"
  | "picked_up"
  | "in_transit"
  | "delivery_failed"
  | "delivered"
  | "returning"
  | "returned"
  | "cancelled"
  | "lost"

export const PARCEL_STATUS_RANK: Record<ParcelStatus, number> = {
  created: 0,
  picked_up: 1,
  in_transit: 2,
  delivery_failed: 3,
  delivered: 4,
  returning: 4,
  returned: 5,
  cancelled: 5,
  lost: 5,
}
