import { isCurrentOcop } from "./ocop-labels"
import type { OcopProductDetail } from "./ocop-types"

/**
 * schema.org Product for search engines, with the OCOP certificate as
 * `hasCertification` (its status says whether it is still valid).
 */
export function productJsonLd(product: OcopProductDetail, url: string) {
  const ocop = product.ocop
  const prices = product.variants.map((v) => v.price_vnd).filter((p): p is number => p !== null)
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    // The certified Vietnamese name, whatever language the page is in.
    name: product.original_title,
    ...(product.title_en ? { alternateName: product.title_en } : {}),
    url,
    ...(product.thumbnail ? { image: [product.thumbnail, ...product.images.map((i) => i.url)].filter((u, i, all) => all.indexOf(u) === i) } : {}),
    ...(product.description ? { description: product.description } : {}),
    ...(product.variants[0]?.sku ? { sku: product.variants[0].sku } : {}),
    ...(product.producer ? { manufacturer: { "@type": "Organization", name: product.producer.name } } : {}),
    countryOfOrigin: { "@type": "Country", name: "VN" },
    // Buyers' stars, only once someone has given them: an empty rating misleads.
    ...(product.rating.count > 0 && product.rating.average !== null
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: product.rating.average,
            reviewCount: product.rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
    ...(prices.length
      ? {
          offers: {
            "@type": "AggregateOffer",
            priceCurrency: "VND",
            lowPrice: Math.min(...prices),
            highPrice: Math.max(...prices),
            offerCount: prices.length,
            availability: "https://schema.org/InStock",
          },
        }
      : {}),
    hasCertification: {
      "@type": "Certification",
      name: `OCOP ${ocop.stars}★`,
      certificationStatus: isCurrentOcop(ocop)
        ? "https://schema.org/CertificationActive"
        : "https://schema.org/CertificationInactive",
      certificationRating: { "@type": "Rating", ratingValue: ocop.stars, bestRating: 5, worstRating: 1 },
      ...(ocop.decision_number ? { certificationIdentification: ocop.decision_number } : {}),
      ...(ocop.issuing_body ? { issuedBy: { "@type": "Organization", name: ocop.issuing_body } } : {}),
      ...(ocop.valid_from ? { validFrom: ocop.valid_from } : {}),
      ...(ocop.valid_until ? { expires: ocop.valid_until } : {}),
    },
  }
}
