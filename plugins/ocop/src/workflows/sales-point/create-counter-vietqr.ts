import { randomInt } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../modules/sales-point"
import type SalesPointModuleService from "../../modules/sales-point/service"
import { configuredVietQrAccount } from "../../providers/vietqr/configured-account"
import { encodeVietQr } from "../../providers/vietqr/vietqr-payload"
import type { SalesPointContext } from "./steps/sales-point-types"

export type CreateCounterVietQrInput = SalesPointContext & { amount: number }

// Crockford's alphabet: no I, L, O or U to misread on a bank statement.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** A counter transfer's memo: OCOPQ and 12 random letters or digits (banks keep them intact). */
export function counterVietQrReference(): string {
  let tail = ""
  for (let i = 0; i < 12; i++) tail += ALPHABET[randomInt(ALPHABET.length)]
  return `OCOPQ${tail}`
}

export const createCounterVietQrStepId = "ocop-create-counter-vietqr"
/**
 * A VietQR code for one counter payment: a pending payment row with its memo, for
 * the exact amount, on the account the VietQR provider is configured with.
 * Compensation deletes it.
 */
export const createCounterVietQrStep = createStep(
  createCounterVietQrStepId,
  async (input: CreateCounterVietQrInput, { container }) => {
    const account = configuredVietQrAccount(container)
    if (!account) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "VietQR is not configured in this shop (payment provider vietqr)"
      )
    }
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const reference = counterVietQrReference()
    const [row] = await ocop.createSalesPointPayments([
      {
        sales_point_id: input.sales_point_id,
        kind: "sale",
        method: "vietqr",
        amount: input.amount,
        reference,
        status: "pending",
        staff_id: input.staff.id,
      },
    ])
    return new StepResponse(
      {
        id: row.id,
        reference,
        amount: input.amount,
        status: row.status,
        bank_bin: account.bank_bin,
        account_number: account.account_number,
        account_name: account.account_name,
        illustrative: Boolean(account.illustrative),
        payload: encodeVietQr({
          bankBin: account.bank_bin,
          accountNumber: account.account_number,
          amount: input.amount,
          purpose: reference,
        }),
      },
      row.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .deleteSalesPointPayments([id])
  }
)

export const createCounterVietQrWorkflowId = "ocop-create-counter-vietqr"
/** A VietQR code for the exact amount of a counter sale (or its VietQR part). */
export const createCounterVietQrWorkflow = createWorkflow(
  createCounterVietQrWorkflowId,
  (input: WorkflowData<CreateCounterVietQrInput>) =>
    new WorkflowResponse(createCounterVietQrStep(input))
)
