import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FulfillmentEvents, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { storeHeaders } from "../fixtures"

export const HOAN_KIEM_ADDRESS = {
  first_name: "Trần",
  last_name: "Minh",
  phone: "0912345678",
  address_1: "5 Hàng Gai",
  city: "Phường Hoàn Kiếm",
  province: "Thành phố Hà Nội",
  country_code: "vn",
}

/**
 * What the office does in Medusa Admin to offer a carrier at the warehouse: the
 * provider enabled at the location, and a calculated option in its service zone.
 * Returns the option a shopper of `variantId` is offered: the copy on its producer's
 * shipping profile (decision 402), or the one created when the goods are the shop's own.
 */
export async function addCarrierOption(
  api: any,
  container: MedusaContainer,
  store: StoreSetup,
  headers: any,
  carrier: {
    provider_id: string
    name: string
    code: string
    data: Record<string, unknown>
  },
  variantId?: string
) {
  await api.post(
    `/admin/stock-locations/${store.stockLocationId}/fulfillment-providers`,
    { add: [carrier.provider_id] },
    headers
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.service_zones.id"],
    filters: { id: store.stockLocationId },
  })
  const zoneId = (data[0] as any).fulfillment_sets[0].service_zones[0].id
  // The producers' goods ship on their own profiles: the option reaches them through the
  // copy the plugin's subscriber makes once it is created.
  const copied = TestEventUtils.waitSubscribersExecution(
    FulfillmentEvents.SHIPPING_OPTION_CREATED,
    container.resolve(Modules.EVENT_BUS)
  )
  const { data: created } = await api.post(
    "/admin/shipping-options",
    {
      name: carrier.name,
      service_zone_id: zoneId,
      shipping_profile_id: store.shippingProfileId,
      provider_id: carrier.provider_id,
      price_type: "calculated",
      type: {
        label: carrier.name,
        description: carrier.name,
        code: carrier.code,
      },
      data: carrier.data,
      prices: [],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: "false", operator: "eq" },
      ],
    },
    headers
  )
  await copied
  if (!variantId) return created.shipping_option.id as string
  const [{ data: variants }, { data: options }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["product.shipping_profile.id"],
      filters: { id: variantId },
    }),
    query.graph({
      entity: "shipping_option",
      fields: ["id", "shipping_profile_id"],
      filters: { provider_id: carrier.provider_id },
    }),
  ])
  const profileId = (variants[0] as any)?.product?.shipping_profile?.id
  const offered = (options as any[]).find((o) => o.shipping_profile_id === profileId)
  return (offered?.id ?? created.shipping_option.id) as string
}

/** A guest cart with one item going to the address given. */
export async function cartTo(
  api: any,
  store: StoreSetup,
  variantId: string,
  address: Record<string, string>
) {
  const headers = storeHeaders(store)
  const { data } = await api.post(
    "/store/carts",
    {
      region_id: store.regionId,
      email: "khach@example.vn",
      items: [{ variant_id: variantId, quantity: 2 }],
      shipping_address: address,
    },
    headers
  )
  return data.cart.id as string
}
