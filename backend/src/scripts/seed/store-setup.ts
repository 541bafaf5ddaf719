import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "OCOP Market"
export const PUBLISHABLE_KEY_TITLE = "OCOP Market storefront"
export const REGION_NAME = "Việt Nam"
export const WAREHOUSE_NAME = "Kho OCOP Long Xuyên"
/** Cash on delivery, VietQR bank transfer, the wallets, Stripe cards: in the order the checkout offers them. */
export const PAYMENT_PROVIDER_IDS = [
  "pp_system_default",
  "pp_vietqr_vietqr",
  "pp_vnpay_vnpay",
  "pp_momo_momo",
  "pp_zalopay_zalopay",
  "pp_momo_atm",
  "pp_stripe_stripe",
]

export type StoreSetup = {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

/**
 * The shop around the catalog: VND store currency, a Vietnam region with cash on
 * delivery, VietQR and (when configured) Stripe, one sales channel with its
 * publishable key, a warehouse and shipping. Each part is looked up first, so
 * running the seed again changes nothing.
 */
export async function setupStore(
  container: MedusaContainer
): Promise<StoreSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: SALES_CHANNEL_NAME },
  })
  let salesChannelId = channels[0]?.id
  if (!salesChannelId) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          {
            name: SALES_CHANNEL_NAME,
            description: "Cửa hàng trực tuyến sản phẩm OCOP",
          },
        ],
      },
    })
    salesChannelId = result[0].id
    logger.info(`  sales channel "${SALES_CHANNEL_NAME}" created`)
  }

  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "supported_currencies.*"],
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: {
        name: "OCOP Market",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })

  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { name: REGION_NAME },
  })
  let regionId = regions[0]?.id
  if (!regionId) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "vnd",
            countries: ["vn"],
            payment_providers: ["pp_system_default"],
            // Vietnamese shelf prices include VAT.
            automatic_taxes: true,
          },
        ],
      },
    })
    regionId = result[0].id
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "vn", provider_id: "tp_system" }],
    })
    logger.info(`  region "${REGION_NAME}" (VND) created`)
  }
  // Every run: a provider configured since the last seed (Stripe, once its key is set) joins the region.
  const { data: providers } = await query.graph({
    entity: "payment_provider",
    fields: ["id"],
    filters: { id: PAYMENT_PROVIDER_IDS, is_enabled: true },
  })
  const paymentProviders = PAYMENT_PROVIDER_IDS.filter((id) =>
    providers.some((p: { id: string }) => p.id === id)
  )
  await updateRegionsWorkflow(container).run({
    input: {
      selector: { id: regionId },
      update: { payment_providers: paymentProviders },
    },
  })

  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
  })
  let shippingProfileId =
    profiles.find((p: any) => p.type === "default")?.id ?? profiles[0]?.id
  if (!shippingProfileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Mặc định", type: "default" }] },
    })
    shippingProfileId = result[0].id
  }

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: WAREHOUSE_NAME },
  })
  let stockLocationId = locations[0]?.id
  if (!stockLocationId) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: WAREHOUSE_NAME,
            address: {
              address_1: "Phường Long Xuyên",
              city: "Tỉnh An Giang",
              country_code: "VN",
            },
          },
        ],
      },
    })
    stockLocationId = result[0].id
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
        },
      ],
    })
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: stockLocationId,
        fulfillment_set_data: { name: "Giao hàng toàn quốc", type: "shipping" },
      },
    })
    const { data: sets } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id"],
      filters: { id: stockLocationId },
    })
    const fulfillmentSetId = sets[0]!.fulfillment_sets![0]!.id
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const zone = await fulfillment.createServiceZones({
      name: "Việt Nam",
      fulfillment_set_id: fulfillmentSetId,
      geo_zones: [{ type: "country", country_code: "vn" }],
    })
    const option = (
      code: string,
      label: string,
      description: string,
      amount: number
    ) => ({
      name: label,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zone.id,
      shipping_profile_id: shippingProfileId,
      type: { label, description, code },
      prices: [
        { currency_code: "vnd", amount },
        { region_id: regionId, amount },
      ],
      rules: [
        {
          attribute: "enabled_in_store",
          value: "true",
          operator: "eq" as const,
        },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        option(
          "standard",
          "Giao hàng tiêu chuẩn",
          "Nhận hàng trong 3–5 ngày",
          30000
        ),
        option("express", "Giao hàng nhanh", "Nhận hàng trong 1–2 ngày", 55000),
      ],
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: stockLocationId, add: [salesChannelId] },
    })
    logger.info(
      `  warehouse "${WAREHOUSE_NAME}" with shipping to Vietnam created`
    )
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  let key: { id: string; token: string } | undefined = keys[0]
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [
          { title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" },
        ],
      },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
    logger.info("  publishable API key created")
  }

  return {
    salesChannelId,
    regionId,
    stockLocationId,
    shippingProfileId,
    publishableKey: key.token,
  }
}
