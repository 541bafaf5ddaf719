/** The kinds of chủ thể (producer) that may enter a product into OCOP. */
export const PRODUCER_TYPES = [
  "household_business",
  "cooperative",
  "cooperative_group",
  "enterprise",
] as const
export type ProducerType = (typeof PRODUCER_TYPES)[number]

export const PRODUCER_TYPE_LABELS: Record<
  ProducerType,
  { vi: string; en: string }
> = {
  household_business: { vi: "Hộ kinh doanh", en: "Household business" },
  cooperative: { vi: "Hợp tác xã (HTX)", en: "Cooperative" },
  cooperative_group: { vi: "Tổ hợp tác (THT)", en: "Cooperative group" },
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
}
