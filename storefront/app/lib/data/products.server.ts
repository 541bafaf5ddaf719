import { sdk } from "../medusa.server"

export type ProductMetadata = {
  age_restricted?: boolean
  vat_rate?: number
  prices_illustrative?: boolean
}

/** Shop metadata of a product (age restriction, VAT rate) from GET /store/products. */
export async function getProductMetadata(handle: string): Promise<ProductMetadata> {
  const { products } = await sdk.store.product.list({ handle, fields: "id,metadata", limit: 1 })
  const metadata = (products[0]?.metadata ?? {}) as Record<string, unknown>
  return {
    age_restricted: metadata.age_restricted === true,
    vat_rate: typeof metadata.vat_rate === "number" ? metadata.vat_rate : undefined,
    prices_illustrative: metadata.prices_illustrative === true,
  }
}
