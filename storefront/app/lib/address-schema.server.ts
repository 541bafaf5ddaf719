import { z } from "zod"
import { normalizePhone } from "./format"

// Field errors are message keys, translated where they are shown (client and server alike).
export const addressShape = {
  fullName: z
    .string({ required_error: "errors.fullName" })
    .trim()
    .min(2, "errors.fullName")
    .max(100, "errors.tooLong"),
  phone: z
    .string({ required_error: "errors.phone" })
    .transform(normalizePhone)
    .pipe(z.string().regex(/^0\d{9,10}$/, "errors.phone")),
  province: z.string({ required_error: "errors.province" }).regex(/^\d{2}$/, "errors.province"),
  commune: z.string({ required_error: "errors.commune" }).regex(/^\d{5}$/, "errors.commune"),
  street: z
    .string({ required_error: "errors.street" })
    .trim()
    .min(3, "errors.street")
    .max(200, "errors.tooLong"),
}

/** An address in the two-tier system of 1 July 2025: province → commune, then street. */
export const StorefrontAddress = z.object(addressShape)
export type StorefrontAddressType = z.infer<typeof StorefrontAddress>

const email = z
  .string({ required_error: "errors.email" })
  .trim()
  .email("errors.email")
  .max(200, "errors.tooLong")

/** What a cart needs at checkout, from its lines and the delivery option chosen. */
export type CheckoutNeeds = {
  /** Something ships: a delivery or pickup option, and who receives it. */
  ships: boolean
  /** Every shipment is picked up at a sales point: no delivery address. */
  pickup: boolean
  /** An experience is booked: the lead visitor's name and phone. */
  experience: boolean
  /** How many shipments (one per producer whose goods ship) need an option; 1 if unsaid. */
  shipments?: number
}

/**
 * The checkout form for a cart's needs: an address only when something ships to a
 * delivery (not pickup) option; the lead visitor only when an experience is booked.
 */
export function storefrontCheckout({ ships, pickup, experience, shipments = 1 }: CheckoutNeeds) {
  const delivered = ships && !pickup
  return z.object({
    email,
    fullName: ships ? addressShape.fullName : addressShape.fullName.optional(),
    phone: ships ? addressShape.phone : addressShape.phone.optional(),
    province: delivered ? addressShape.province : addressShape.province.optional(),
    commune: delivered ? addressShape.commune : addressShape.commune.optional(),
    street: delivered ? addressShape.street : addressShape.street.optional(),
    /** One option per shipment (a producer's goods ship on their own, with their own fee). */
    shippingOptionIds: ships
      ? z.array(z.string().optional(), { required_error: "errors.shipping" }).superRefine((ids, ctx) => {
          for (let i = 0; i < Math.max(shipments, 1); i++) {
            if (!ids[i]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: "errors.shipping" })
          }
        })
      : z.array(z.string().optional()).optional(),
    /** A payment provider id; the action checks it against the region's providers. */
    payment: z.string({ required_error: "errors.payment" }).regex(/^pp_[\w-]+$/, "errors.payment"),
    saveAddress: z.boolean().optional(),
    leadName: experience
      ? z.string({ required_error: "experience.errors.leadName" }).trim().min(2, "experience.errors.leadName").max(100, "errors.tooLong")
      : z.string().optional(),
    leadPhone: experience ? addressShape.phone : z.string().optional(),
    // A company invoice, when asked for: the backend validates the tax code and names the field.
    companyInvoice: z.boolean().optional(),
    companyName: z.string().trim().max(300, "errors.tooLong").optional(),
    taxCode: z.string().trim().max(20, "errors.tooLong").optional(),
    companyAddress: z.string().trim().max(500, "errors.tooLong").optional(),
    invoiceEmail: z.string().trim().max(200, "errors.tooLong").optional(),
  })
}
export type StorefrontCheckoutType = z.infer<ReturnType<typeof storefrontCheckout>>

