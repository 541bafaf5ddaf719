import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { walletClientOf } from "../providers/wallet-clients"
import { listLapsedWalletPayments } from "../workflows/payment/steps/find-wallet-payments"
import { expireWalletPaymentWorkflow } from "../workflows/payment/expire-wallet-payment"
import { receiveWalletPaymentWorkflow } from "../workflows/payment/receive-wallet-payment"

/** Minutes after a wallet's window closes before we ask it: its last IPN may still be on the way. */
const GRACE_MINUTES = 2
/** A wallet that cannot be asked for this long after the window no longer holds the stock. */
const GIVE_UP_MINUTES = 60

/**
 * Releases what shoppers abandoned in a wallet: for each open wallet payment whose
 * window closed, ask the wallet (a lost IPN must not cancel a paid order); paid with
 * the exact amount captures, anything else cancels the order and its reservation.
 */
export default async function expireWalletPaymentsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = Date.now()
  const lapsed = await listLapsedWalletPayments(
    container,
    new Date(now - GRACE_MINUTES * 60_000)
  )
  for (const payment of lapsed) {
    // A wrong amount paid is the office's to settle; asking again would only repeat it.
    const notices = (payment.data.notices ?? []) as { result?: string }[]
    if (notices.some((n) => n.result === "mismatch")) continue
    try {
      const client = walletClientOf(payment.provider_id)
      let state: Awaited<ReturnType<NonNullable<typeof client>["queryPayment"]>> | null = null
      try {
        state = client ? await client.queryPayment(payment.reference, payment.data) : null
      } catch (e) {
        const closedFor = now - new Date(payment.expires_at ?? 0).getTime()
        if (closedFor < GIVE_UP_MINUTES * 60_000) {
          logger.warn(`OCOP: ${payment.reference}: wallet query failed (${(e as Error).message}); retrying next run`)
          continue
        }
      }
      if (state?.state === "paid") {
        const { result } = await receiveWalletPaymentWorkflow(container).run({
          input: {
            reference: payment.reference,
            amount: state.amount ?? null,
            state: "paid",
            transaction_id: state.transaction_id,
            code: state.code,
            source: "query",
          },
        })
        // A wrong amount stays for the office to settle, with its stock held.
        if (result.outcome !== "late") continue
      }
      const { result } = await expireWalletPaymentWorkflow(container).run({
        input: { reference: payment.reference },
      })
      if (result.expired)
        logger.info(`OCOP: wallet payment ${payment.reference} lapsed; order ${payment.order_id} canceled, stock released`)
    } catch (e) {
      logger.error(`OCOP: wallet payment ${payment.reference} could not be settled: ${(e as Error).message}`)
    }
  }
}

export const config = {
  name: "ocop-expire-wallet-payments",
  // OCOP_WALLET_EXPIRY_SCHEDULE (a cron line) for tests and busy shops.
  schedule: process.env.OCOP_WALLET_EXPIRY_SCHEDULE || "*/5 * * * *",
}
