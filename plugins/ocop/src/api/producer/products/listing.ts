import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isCurrentStatus } from "../../../modules/certification/rules/review"
import { effectiveStatus } from "../../../modules/certification/rules/validity"

const CERTIFICATION_FIELDS = [
  "id",
  "stars",
  "score",
  "category_set",
  "decision_number",
  "decision_date",
  "issuing_body",
  "issuing_level",
  "valid_from",
  "valid_until",
  "status",
  "status_reason",
  "recognized_year",
  "certificate_scan_url",
  "created_at",
]

/** The producer's products with their review state, newest first; only its own. */
export async function listProducerListings(
  scope: MedusaContainer,
  producerId: string,
  productId?: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [
      "products.id",
      "products.title",
      "products.handle",
      "products.description",
      "products.status",
      "products.thumbnail",
      "products.weight",
      "products.metadata",
      "products.created_at",
      "products.images.url",
      "products.images.rank",
      "products.variants.id",
      "products.variants.title",
      "products.variants.sku",
      "products.variants.weight",
      "products.variants.prices.amount",
      "products.variants.prices.currency_code",
      ...CERTIFICATION_FIELDS.map((f) => `products.certifications.${f}`),
    ],
    filters: { id: producerId },
  })
  const today = new Date()
  return (data[0]?.products ?? [])
    .filter((p: any) => p && (!productId || p.id === productId))
    .map((p: any) => {
      const certifications = (p.certifications ?? [])
        .filter(Boolean)
        .map((c: any) => ({ ...c, status: effectiveStatus(c, today) }))
        .sort((a: any, b: any) =>
          String(b.created_at).localeCompare(String(a.created_at))
        )
      const latest = certifications[0] ?? null
      return {
        id: p.id,
        title: p.title,
        handle: p.handle,
        description: p.description,
        status: p.status,
        thumbnail: p.thumbnail,
        // In the order the producer set (Medusa's rank), the cover first.
        images: [...(p.images ?? [])]
          .sort((a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0))
          .map((i: any) => i.url),
        weight: p.weight,
        category_set: p.metadata?.ocop_category_set ?? null,
        variants: (p.variants ?? []).map((v: any) => ({
          id: v.id,
          title: v.title,
          sku: v.sku,
          weight: v.weight,
          price_vnd:
            v.prices?.find((pr: any) => pr.currency_code === "vnd")?.amount ??
            null,
        })),
        current_certification:
          certifications.find((c: any) => isCurrentStatus(c.status)) ?? null,
        // The review state the producer sees: of its newest submission or certificate.
        review: latest
          ? {
              certification_id: latest.id,
              status: latest.status,
              reason: latest.status_reason,
            }
          : { certification_id: null, status: "not_submitted", reason: null },
        certifications,
        created_at: p.created_at,
      }
    })
    .sort((a: any, b: any) =>
      String(b.created_at).localeCompare(String(a.created_at))
    )
}
