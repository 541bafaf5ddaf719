import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VietQrPaymentLookup = { reference: string } | { order_id: string }

export type FoundVietQrPayment = {
  payment_id: string
  order_id: string
  display_id: number
  reference: string
  amount: number
  captured: boolean
  canceled: boolean
  data: Record<string, unknown>
}

/** The VietQR payment of an order, by transfer reference or by order id; SQL because the reference lives in the payment's JSON data. */
export async function findVietQrPayment(
  container: { resolve: (key: string) => any },
  lookup: VietQrPaymentLookup
): Promise<FoundVietQrPayment | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = knex("payment as p")
    .join("order_payment_collection as opc", function (this: any) {
      this.on("opc.payment_collection_id", "p.payment_collection_id").andOnNull(
        "opc.deleted_at"
      )
    })
    .join("order as o", "o.id", "opc.order_id")
    .whereNull("p.deleted_at")
    .andWhere("p.provider_id", "like", "pp_vietqr_%")
    .select(
      "p.id as payment_id",
      "o.id as order_id",
      "o.display_id",
      "p.amount",
      "p.captured_at",
      "p.canceled_at",
      "p.data"
    )
    .orderBy("p.created_at", "desc")
    .first()
  if ("reference" in lookup) {
    query.andWhereRaw("p.data->>'reference' = ?", [lookup.reference])
  } else {
    query.andWhere("o.id", lookup.order_id)
  }
  const row = await query
  if (!row) return null
  return {
    payment_id: row.payment_id,
    order_id: row.order_id,
    display_id: Number(row.display_id),
    reference: row.data?.reference ?? "",
    amount: Number(row.amount),
    captured: Boolean(row.captured_at),
    canceled: Boolean(row.canceled_at),
    data: row.data ?? {},
  }
}

export const findVietQrPaymentStepId = "ocop-find-vietqr-payment"
/** Finds the VietQR payment a transfer is for; a 404 when there is none. */
export const findVietQrPaymentStep = createStep(
  findVietQrPaymentStepId,
  async (lookup: VietQrPaymentLookup, { container }) => {
    const found = await findVietQrPayment(container, lookup)
    if (!found) {
      const what =
        "reference" in lookup
          ? `reference ${lookup.reference}`
          : `order ${lookup.order_id}`
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No VietQR payment for ${what}`
      )
    }
    if (found.canceled) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The VietQR payment for ${found.reference} was canceled`
      )
    }
    return new StepResponse(found)
  }
)
