import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"

// Medusa 2.21 lets a cart take a shipping method of any profile: it replaces the
// method of the same profile and checks only at completion that every profile of the
// cart's goods has one, so a method for goods not in the cart would be charged for
// nothing. With one profile per producer that is easy to send by mistake: refuse it
// here (400 naming `option_id`), before anything is written. An unknown option gets the
// same clear answer instead of core's generic one.
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const optionIds = ((input as any).options ?? []).map((o: any) => o.id as string)
  if (!optionIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: options }, { data: carts }] = await Promise.all([
    query.graph({
      entity: "shipping_option",
      fields: ["id", "name", "shipping_profile_id"],
      filters: { id: optionIds },
    }),
    query.graph({
      entity: "cart",
      fields: ["items.requires_shipping", "items.variant.product.shipping_profile.id"],
      filters: { id: (cart as any).id },
    }),
  ])
  const profiles = new Set<string>(
    ((carts[0] as any)?.items ?? [])
      .filter((i: any) => i?.requires_shipping)
      .map((i: any) => i.variant?.product?.shipping_profile?.id)
      .filter(Boolean)
  )
  for (const id of optionIds) {
    const option = (options as any[]).find((o) => o.id === id)
    if (!option) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `option_id: shipping option ${id} does not exist`
      )
    }
    if (!profiles.has(option.shipping_profile_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `option_id: "${option.name}" ships none of the goods in this cart`
      )
    }
  }
})
