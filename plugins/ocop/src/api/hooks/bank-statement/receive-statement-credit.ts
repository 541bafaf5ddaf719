import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findVietQrReferences } from "../../../providers/vietqr/find-vietqr-references"
import { findVietQrPayment } from "../../../workflows/payment/steps/find-vietqr-payments"
import { receiveVietQrTransferWorkflow } from "../../../workflows/payment/receive-vietqr-transfer"

/** One incoming credit as a bank-statement service (SePay, Casso) reports it. */
export type StatementCredit = {
  /** "sepay" or "casso": namespaces the service's own transaction id. */
  service: string
  transaction_id: string
  amount: number
  note: string
}

/** What the adapters answer; always HTTP 200 once authenticated, so the service stops retrying. */
export type StatementCreditOutcome =
  | {
      matched: true
      outcome: "received" | "already_received" | "mismatch"
      order_id: string
      display_id: number
      reference: string
      expected: number
      amount: number
      replay: boolean
    }
  | { matched: false; outcome: "unmatched" | "payment_canceled"; references: string[] }

/**
 * Finds our VietQR reference in the credit's mangled note and feeds the reconcile
 * workflow with it: the exact amount captures, any other amount is recorded on the
 * payment for the office (the order widget lists it) and captures nothing, and the
 * service's transaction id makes a redelivery change nothing.
 */
export async function receiveStatementCredit(
  container: MedusaContainer,
  credit: StatementCredit
): Promise<StatementCreditOutcome> {
  const references = findVietQrReferences(credit.note)
  let payment: Awaited<ReturnType<typeof findVietQrPayment>> = null
  for (const reference of references) {
    payment = await findVietQrPayment(container, { reference })
    if (payment) break
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!payment) {
    // Not every credit to the shop's account is an order (refunds, top-ups): the
    // service's own dashboard keeps it; the office matches it by hand if it was one.
    logger.info(
      `bank statement: ${credit.service} ${credit.transaction_id} (${credit.amount} đồng) names no VietQR order`
    )
    return { matched: false, outcome: "unmatched", references }
  }
  if (payment.canceled) {
    logger.warn(
      `bank statement: ${credit.service} ${credit.transaction_id} paid ${credit.amount} đồng for ${payment.reference}, whose payment was canceled: refund by hand`
    )
    return {
      matched: false,
      outcome: "payment_canceled",
      references: [payment.reference],
    }
  }
  const { result } = await receiveVietQrTransferWorkflow(container).run({
    input: {
      reference: payment.reference,
      amount: credit.amount,
      source: "bank",
      bank_transaction_id: `${credit.service}:${credit.transaction_id}`,
    },
  })
  if (result.outcome === "mismatch" && !result.replay) {
    logger.warn(
      `bank statement: ${credit.service} ${credit.transaction_id} paid ${result.amount} đồng for order ${result.display_id}, ${result.expected} expected: recorded, not captured`
    )
  }
  return { matched: true, ...result }
}
