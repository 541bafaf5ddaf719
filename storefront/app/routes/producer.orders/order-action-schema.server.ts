import { z } from "zod"

/** The same shape the backend checks: letters, digits and dashes, as carriers print them. */
export const TRACKING_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/

/** A packed parcel handed to a carrier: who carries it and the number to follow it by. */
export const ProducerShipParcel = z.object({
  intent: z.literal("ship"),
  order_id: z.string().trim().min(1),
  fulfillment_id: z.string().trim().min(1),
  carrier: z
    .string({ required_error: "producerPortal.orders.errors.carrier" })
    .trim()
    .min(2, "producerPortal.orders.errors.carrier")
    .max(80, "errors.tooLong"),
  tracking_number: z
    .string({ required_error: "producerPortal.orders.errors.trackingNumber" })
    .trim()
    .regex(TRACKING_NUMBER, "producerPortal.orders.errors.trackingNumber"),
  tracking_url: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/i, "producerPortal.orders.errors.trackingUrl")
    .optional(),
})

/** The producer's two steps on an order: the parcel is packed, then handed to a carrier. */
export const ProducerOrderAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("pack"), order_id: z.string().trim().min(1) }),
  ProducerShipParcel,
])
