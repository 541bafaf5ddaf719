import type { Message } from "../../i18n"
import type { vi } from "./vi"

// Order and parcel wording both the shop and the producer portal show, in English.
export const en: Record<keyof typeof vi, Message> = {
  "order.number": "Order #{number}",
  "shipment.parcel": "Parcel {number}",
  "shipment.carrier": "Carrier: {carrier}",
  "shipment.tracking": "Tracking number: {tracking}",
  "shipment.status.awaiting": "Waiting to be packed",
  "shipment.status.packed": "Packed",
  "shipment.status.shipped": "On its way",
  "shipment.status.delivered": "Delivered",
  "shipment.lastEvent": "Carrier update: {status}, {time}",
  "shipment.event.created": "Shipment created",
  "shipment.event.picked_up": "Picked up",
  "shipment.event.in_transit": "In transit",
  "shipment.event.delivery_failed": "Delivery failed",
  "shipment.event.delivered": "Delivered",
  "shipment.event.returning": "Returning to the sender",
  "shipment.event.returned": "Returned to the sender",
  "shipment.event.cancelled": "Shipment cancelled",
  "shipment.event.lost": "Lost or damaged",
}
