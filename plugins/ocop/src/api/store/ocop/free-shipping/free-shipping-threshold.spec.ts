import { describe, expect, it } from "vitest"
import { freeShippingThreshold, type PromotionForThreshold } from "./free-shipping-threshold"

const freeShipping = (overrides: Partial<PromotionForThreshold> = {}): PromotionForThreshold => ({
  code: "FREESHIP300K",
  status: "active",
  is_automatic: true,
  application_method: { type: "percentage", target_type: "shipping_methods", value: 100 },
  rules: [
    { attribute: "currency_code", operator: "in", values: [{ value: "vnd" }] },
    { attribute: "item_total", operator: "gte", values: [{ value: "300000" }] },
  ],
  campaign: null,
  ...overrides,
})
const now = new Date("2026-12-06T08:00:00Z")

describe("freeShippingThreshold", () => {
  it("reads the goods total from which an automatic promotion makes delivery free", () => {
    expect(freeShippingThreshold([freeShipping()], now)).toEqual({ threshold_vnd: 300000, code: "FREESHIP300K" })
  })

  it("takes the lowest of several, and reads 'more than' as the next đồng", () => {
    const lower = freeShipping({
      code: "TET",
      rules: [{ attribute: "item_total", operator: "gt", values: [{ value: "199999" }] }],
    })
    expect(freeShippingThreshold([freeShipping(), lower], now)).toEqual({ threshold_vnd: 200000, code: "TET" })
  })

  it("ignores a code-only, inactive, partial or out-of-campaign promotion", () => {
    const ignored = [
      freeShipping({ is_automatic: false }),
      freeShipping({ status: "draft" }),
      freeShipping({ application_method: { type: "percentage", target_type: "shipping_methods", value: 50 } }),
      freeShipping({ application_method: { type: "percentage", target_type: "items", value: 100 } }),
      freeShipping({ campaign: { starts_at: "2027-01-01T00:00:00Z", ends_at: null } }),
      freeShipping({ campaign: { starts_at: null, ends_at: "2026-11-30T00:00:00Z" } }),
      freeShipping({ rules: [] }),
    ]
    expect(freeShippingThreshold(ignored, now)).toBeNull()
  })
})
