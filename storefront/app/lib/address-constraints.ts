import type { CheckoutNeeds } from "./address-schema.server"
import type { Constraint } from "./form"

// The browser's half of address-schema.server.ts: native constraints, each with the
// message key the schema gives the same field. The schema stays the judge.

const separators = "[\\s.\\-\\(\\)]*"
/** A Vietnamese phone as typed: 0 or +84, then 9–10 digits, spaces, dots, dashes, brackets allowed. */
export const PHONE_PATTERN = `${separators}(\\+84|0)(${separators}\\d){9,10}${separators}`

const phone: Constraint = { required: true, pattern: PHONE_PATTERN, message: "errors.phone" }

export const StorefrontAddressConstraint = {
  fullName: { required: true, minLength: 2, maxLength: 100, message: "errors.fullName" },
  phone,
  province: { required: true, message: "errors.province" },
  commune: { required: true, message: "errors.commune" },
  street: { required: true, minLength: 3, maxLength: 200, message: "errors.street" },
} satisfies Record<string, Constraint>

const optional = (constraint: Constraint): Constraint => ({ ...constraint, required: false })

/** The checkout's constraints for a cart's needs, as storefrontCheckout's schema. */
export function storefrontCheckoutConstraint({ ships, pickup, experience }: CheckoutNeeds): Record<string, Constraint> {
  const delivered = ships && !pickup
  const address = StorefrontAddressConstraint
  return {
    email: { required: true, maxLength: 200, message: "errors.email" },
    fullName: ships ? address.fullName : optional(address.fullName),
    phone: ships ? address.phone : optional(address.phone),
    province: delivered ? address.province : optional(address.province),
    commune: delivered ? address.commune : optional(address.commune),
    street: delivered ? address.street : optional(address.street),
    shippingOptionIds: { required: ships, message: "errors.shipping" },
    payment: { required: true, message: "errors.payment" },
    leadName: experience ? { required: true, minLength: 2, maxLength: 100, message: "experience.errors.leadName" } : optional({ message: "experience.errors.leadName" }),
    leadPhone: experience ? phone : optional(phone),
    companyName: { maxLength: 300, message: "errors.tooLong" },
    taxCode: { maxLength: 20, message: "errors.tooLong" },
    companyAddress: { maxLength: 500, message: "errors.tooLong" },
    invoiceEmail: { maxLength: 200, message: "errors.invoiceEmail" },
  }
}
