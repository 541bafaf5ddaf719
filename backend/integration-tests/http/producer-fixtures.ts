import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import {
  demoProducerEmail,
  ensureProducerLogins,
} from "../../src/scripts/seed/producer-logins"

export const PRODUCER_PASSWORD = "s3cret-producer"

/** Portal logins for every seeded producer, as the demo seed makes them. */
export async function seedProducerLogins(container: MedusaContainer) {
  return ensureProducerLogins(container, PRODUCER_PASSWORD)
}

/** Signs in as the producer with this handle; returns its headers and producer id. */
export async function producerSession(
  api: any,
  container: MedusaContainer,
  handle: string
) {
  const [producer] = await (
    container.resolve(PRODUCER_MODULE) as any
  ).listProducers({ handle }, { select: ["id"] })
  const { data } = await api.post("/auth/producer/emailpass", {
    email: demoProducerEmail(handle),
    password: PRODUCER_PASSWORD,
  })
  return {
    producerId: producer.id as string,
    headers: { headers: { authorization: `Bearer ${data.token}` } },
  }
}

/** A 3★ provincial certificate of ANAS's set-08 product, as a producer submits it. */
export const certificateInput = (overrides: Record<string, unknown> = {}) => ({
  stars: 3,
  score: 62.5,
  category_set: "08",
  decision_number: "2735/QĐ-UBND",
  decision_date: "2026-09-15",
  issuing_body: "UBND tỉnh An Giang",
  issuing_level: "province",
  certificate_scan_url: "http://localhost:9000/static/scan-2735.pdf",
  origin_commune_code: "30403",
  origin_province_code: "91",
  ...overrides,
})
