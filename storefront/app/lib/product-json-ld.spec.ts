import { describe, expect, it } from "vitest"
import { isCurrentOcop } from "./ocop-labels"
import { productJsonLd } from "./product-json-ld"
import { ocopProductDetail } from "./test-fixtures"

describe("isCurrentOcop", () => {
  it("is true only for a valid certificate of 3 stars or more", () => {
    expect(isCurrentOcop({ status: "active", stars: 4 })).toBe(true)
    expect(isCurrentOcop({ status: "expired", stars: 5 })).toBe(false)
    expect(isCurrentOcop({ status: "active", stars: 2 })).toBe(false)
  })
})

describe("productJsonLd", () => {
  it("describes the product with its price in VND and the OCOP certificate as hasCertification", () => {
    const ld = productJsonLd(ocopProductDetail(), "https://shop.example/products/banh-hanh-nhan-tien-anh")
    expect(ld).toEqual(
      expect.objectContaining({
        "@type": "Product",
        name: "Bánh hạnh nhân Tiến Anh",
        offers: expect.objectContaining({ priceCurrency: "VND", lowPrice: 45000, highPrice: 85000 }),
        hasCertification: expect.objectContaining({
          "@type": "Certification",
          certificationStatus: "https://schema.org/CertificationActive",
          certificationIdentification: "912/QĐ-UBND",
          certificationRating: expect.objectContaining({ ratingValue: 4, bestRating: 5 }),
          expires: "2027-06-04",
        }),
      })
    )
  })

  it("marks an expired certificate inactive and leaves out what is not recorded", () => {
    const product = ocopProductDetail({
      ocop: { ...ocopProductDetail().ocop, status: "expired", decision_number: null, valid_until: null, issuing_body: null },
    })
    const cert = productJsonLd(product, "https://shop.example/p").hasCertification
    expect(cert.certificationStatus).toBe("https://schema.org/CertificationInactive")
    expect(cert).not.toHaveProperty("certificationIdentification")
    expect(cert).not.toHaveProperty("expires")
    expect(cert).not.toHaveProperty("issuedBy")
  })

  it("gives buyers' stars as aggregateRating only once there is a review", () => {
    const url = "https://shop.example/products/banh-hanh-nhan-tien-anh"
    expect(productJsonLd(ocopProductDetail(), url)).not.toHaveProperty("aggregateRating")
    const rated = productJsonLd(ocopProductDetail({ rating: { average: 4.5, count: 12 } }), url)
    expect(rated.aggregateRating).toEqual({
      "@type": "AggregateRating",
      ratingValue: 4.5,
      reviewCount: 12,
      bestRating: 5,
      worstRating: 1,
    })
  })
})
