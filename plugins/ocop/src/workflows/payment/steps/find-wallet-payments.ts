import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_PROVIDER_IDS } from "../../../providers/wallet/wallet-options"

export type FoundWalletPayment = {
  payment_id: string
  provider_id: string
  order_id: string
  display_id: number
  reference: string
  /** Whole đồng the order asked for. */
  amount: number
  captured: boolean
  canceled: boolean
  expires_at: string | null
  data: Record<string, unknown>
}

export type WalletPaymentLookup = { reference: string } | { order_id: string }

const WALLETS = Object.values(WALLET_PROVIDER_IDS)

function walletPayments(container: { resolve: (key: string) => any }) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return knex("payment as p")
    .join("order_payment_collection as opc", function (this: any) {
      this.on("opc.payment_collection_id", "p.payment_collection_id").andOnNull(
        "opc.deleted_at"
      )
    })
    .join("order as o", "o.id", "opc.order_id")
    .whereNull("p.deleted_at")
    .whereIn("p.provider_id", WALLETS)
    .select(
      "p.id as payment_id",
      "p.provider_id",
      "o.id as order_id",
      "o.display_id",
      "p.amount",
      "p.captured_at",
      "p.canceled_at",
      "p.data"
    )
}

const toFound = (row: any): FoundWalletPayment => ({
  payment_id: row.payment_id,
  provider_id: row.provider_id,
  order_id: row.order_id,
  display_id: Number(row.display_id),
  reference: row.data?.reference ?? "",
  amount: Number(row.amount),
  captured: Boolean(row.captured_at),
  canceled: Boolean(row.canceled_at),
  expires_at: row.data?.expires_at ?? null,
  data: row.data ?? {},
})

/** The wallet payment of an order, by our reference (the wallet's order id) or the order; SQL because the reference lives in the payment's JSON data. */
export async function findWalletPayment(
  container: { resolve: (key: string) => any },
  lookup: WalletPaymentLookup
): Promise<FoundWalletPayment | null> {
  const query = walletPayments(container).orderBy("p.created_at", "desc").first()
  if ("reference" in lookup) {
    query.andWhereRaw("p.data->>'reference' = ?", [lookup.reference])
  } else {
    query.andWhere("o.id", lookup.order_id)
  }
  const row = await query
  return row ? toFound(row) : null
}

/** Wallet payments still open whose window to pay closed before `before`. */
export async function listLapsedWalletPayments(
  container: { resolve: (key: string) => any },
  before: Date
): Promise<FoundWalletPayment[]> {
  const rows = await walletPayments(container)
    .whereNull("p.captured_at")
    .whereNull("p.canceled_at")
    .whereRaw("(p.data->>'expires_at')::timestamptz < ?", [before.toISOString()])
    .orderBy("p.created_at", "asc")
    .limit(100)
  return rows.map(toFound)
}

export const findWalletPaymentStepId = "ocop-find-wallet-payment"
/** Finds the wallet payment a notification is about; a 404 when there is none. */
export const findWalletPaymentStep = createStep(
  findWalletPaymentStepId,
  async (lookup: WalletPaymentLookup, { container }) => {
    const found = await findWalletPayment(container, lookup)
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "reference" in lookup
          ? `No wallet payment for reference ${lookup.reference}`
          : `No wallet payment for order ${lookup.order_id}`
      )
    }
    return new StepResponse(found)
  }
)
