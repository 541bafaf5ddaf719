import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerRecipients } from "../../../modules/producer/rules/producer-recipients"
import { CERTIFICATE_NOTICE_FIELDS } from "./certificate-notice-fields"

export const APPROVAL_NOTICE_TEMPLATE = "ocop-certification-approved"

/** Something a shopper still cannot do with an approved product, and what fixes it. */
export type SaleGap = { code: "price" | "stock" | "stock_location"; message: string }

/**
 * What stands between an approved product and its first sale: a pack without a
 * price in đồng, no unit the producer declared it can ship (nor any elsewhere), no
 * premises to ship from. Empty when a shopper can buy it now.
 */
export function saleGaps(product: any, producer: any): SaleGap[] {
  const variants: any[] = product?.variants ?? []
  const gaps: SaleGap[] = []
  const unpriced = variants.filter(
    (v) => !(v.prices ?? []).some((p: any) => p.currency_code === "vnd")
  )
  if (unpriced.length) {
    gaps.push({
      code: "price",
      message: `Chưa có giá bán (VND) cho: ${unpriced.map((v) => v.title).join(", ")} (no price in đồng)`,
    })
  }
  if (!producer?.stock_location?.id) {
    gaps.push({
      code: "stock_location",
      message:
        "Cơ sở chưa có kho giao hàng; văn phòng OCOP sẽ tạo (your premises have no stock location yet)",
    })
  }
  const available = variants.some((v) =>
    !v.manage_inventory ||
    (v.inventory_items ?? []).some((ii: any) =>
      (ii.inventory?.location_levels ?? []).some(
        (l: any) => Number(l.stocked_quantity) - Number(l.reserved_quantity) > 0
      )
    )
  )
  if (!available) {
    gaps.push({
      code: "stock",
      message:
        "Chưa khai báo số lượng có thể giao: vào Cổng nhà sản xuất › Tồn kho để nhập (no declared stock: the product shows “Tạm hết hàng”)",
    })
  }
  return gaps
}

export const sendApprovalNoticesStepId = "ocop-send-approval-notices"
/**
 * Tells the producer that the office approved its certificate and what is still
 * missing before a shopper can buy the product. One notification per address; the
 * idempotency key makes a redelivered event harmless. A sent email cannot be
 * recalled, so there is no compensation.
 */
export const sendApprovalNoticesStep = createStep(
  sendApprovalNoticesStepId,
  async (input: { certification_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certification",
      fields: [
        ...CERTIFICATE_NOTICE_FIELDS,
        "status",
        "product.handle",
        "product.producer.stock_location.id",
        "product.variants.title",
        "product.variants.manage_inventory",
        "product.variants.prices.currency_code",
        "product.variants.inventory_items.inventory.location_levels.stocked_quantity",
        "product.variants.inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: input.certification_id },
    })
    const cert = data[0] as any
    if (!cert || cert.status !== "active")
      return new StepResponse([])
    const producer = cert.product?.producer ?? null
    const missing = saleGaps(cert.product, producer)
    const notifications = producerRecipients(producer).map((to) => ({
      to,
      channel: "email",
      template: APPROVAL_NOTICE_TEMPLATE,
      trigger_type: "ocop.certification.approved",
      resource_id: cert.id,
      resource_type: "certification",
      idempotency_key: `ocop-approved-${cert.id}-${to}`,
      data: {
        stars: cert.stars,
        decision_number: cert.decision_number,
        product: cert.product
          ? { id: cert.product.id, title: cert.product.title, handle: cert.product.handle }
          : null,
        producer: producer ? { id: producer.id, name: producer.name } : null,
        sellable: missing.length === 0,
        missing,
      },
    }))
    if (!notifications.length) return new StepResponse([])
    const sent = await container
      .resolve(Modules.NOTIFICATION)
      .createNotifications(notifications)
    return new StepResponse(sent.map((s) => s.id))
  }
)
