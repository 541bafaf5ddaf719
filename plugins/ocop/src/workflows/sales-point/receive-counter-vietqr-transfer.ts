import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../modules/sales-point"
import type SalesPointModuleService from "../../modules/sales-point/service"

export type ReceiveCounterVietQrTransferInput = {
  reference: string
  amount: number
}

export type ReceiveCounterVietQrTransferResult = {
  outcome: "received" | "already_received" | "mismatch" | "unknown"
  id?: string
  sales_point_id?: string
  expected?: number
  amount: number
  reference: string
}

export const markCounterVietQrReceivedStepId =
  "ocop-mark-counter-vietqr-received"
/**
 * The bank saw a transfer with a counter code's memo: the exact amount marks the
 * code received (the console then completes the sale without the staff member's
 * word); another amount changes nothing. Compensation sets it back to pending.
 */
export const markCounterVietQrReceivedStep = createStep(
  markCounterVietQrReceivedStepId,
  async (input: ReceiveCounterVietQrTransferInput, { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const [code] = await ocop.listSalesPointPayments(
      { reference: input.reference, method: "vietqr", kind: "sale" },
      { take: 1 }
    )
    const base = { amount: input.amount, reference: input.reference }
    if (!code) {
      return new StepResponse<
        ReceiveCounterVietQrTransferResult,
        string | null
      >({ ...base, outcome: "unknown" }, null)
    }
    const found = {
      ...base,
      id: code.id,
      sales_point_id: code.sales_point_id,
      expected: Number(code.amount),
    }
    if (code.status === "received") {
      return new StepResponse<
        ReceiveCounterVietQrTransferResult,
        string | null
      >({ ...found, outcome: "already_received" }, null)
    }
    if (Number(code.amount) !== input.amount) {
      return new StepResponse<
        ReceiveCounterVietQrTransferResult,
        string | null
      >({ ...found, outcome: "mismatch" }, null)
    }
    await ocop.updateSalesPointPayments({
      id: code.id,
      status: "received",
      confirmed_by: "bank",
    })
    return new StepResponse<ReceiveCounterVietQrTransferResult, string | null>(
      { ...found, outcome: "received" },
      code.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .updateSalesPointPayments({ id, status: "pending", confirmed_by: null })
  }
)

export const receiveCounterVietQrTransferWorkflowId =
  "ocop-receive-counter-vietqr-transfer"
/** A bank statement line for a counter VietQR code (memo OCOPQ…), once per code. */
export const receiveCounterVietQrTransferWorkflow = createWorkflow(
  receiveCounterVietQrTransferWorkflowId,
  (input: WorkflowData<ReceiveCounterVietQrTransferInput>) => {
    const key = transform(
      { input },
      ({ input }) => `ocop-vietqr:${input.reference}`
    )
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const result = markCounterVietQrReceivedStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(result)
  }
)
