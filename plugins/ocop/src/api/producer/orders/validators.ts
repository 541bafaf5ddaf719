import { z } from "@medusajs/framework/zod"

export type ProducerPackOrderLinesType = z.infer<typeof ProducerPackOrderLines>
/** "Đã đóng gói": the producer's lines in the parcel, all still unpacked when omitted. */
export const ProducerPackOrderLines = z
  .object({
    line_ids: z
      .array(z.string().trim().min(1, { message: "line_ids: a line id is empty" }))
      .min(1, { message: "line_ids: name at least one line, or leave it out" })
      .max(100, { message: "line_ids: at most 100 lines" })
      .optional(),
  })
  .strict()

// What the carriers print on a waybill: letters, digits and dashes.
const TRACKING_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/

export type ProducerShipFulfillmentType = z.infer<typeof ProducerShipFulfillment>
/** "Đã giao cho đơn vị vận chuyển": who carries the parcel and its tracking number. */
export const ProducerShipFulfillment = z
  .object({
    carrier: z
      .string({ message: "carrier: the carrier's name is required" })
      .trim()
      .min(2, { message: "carrier: the carrier's name is required" })
      .max(80, { message: "carrier: at most 80 characters" }),
    tracking_number: z
      .string({ message: "tracking_number: the tracking number is required" })
      .trim()
      .regex(TRACKING_NUMBER, {
        message: "tracking_number: 4 to 40 letters, digits or dashes",
      }),
    tracking_url: z
      .string()
      .trim()
      .url({ message: "tracking_url: a web address (https://…)" })
      .refine((u) => /^https?:\/\//i.test(u), {
        message: "tracking_url: a web address (https://…)",
      })
      .optional(),
  })
  .strict()
