import { phone, StorefrontAddressConstraint } from "~/lib/address-constraints"
import type { CheckoutNeeds } from "~/lib/address-schema.server"
import type { Constraint } from "~/lib/form"

// The browser's half of storefrontCheckout (lib/address-schema.server.ts), beside the
// checkout: its invoice messages are in shop-checkout, which only this page loads.

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
