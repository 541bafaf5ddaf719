import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  setSalesPointStaffPointsStep,
  validateSalesPointStaffAssignmentsStep,
} from "./steps/set-sales-point-staff-points"

export type RemoveSalesPointStaffInput = {
  sales_point_id: string
  staff_id: string
}

export const removeSalesPointStaffWorkflowId = "ocop-remove-sales-point-staff"
/**
 * The office takes a point away from a staff member. Every staff route checks the
 * member's points per request (`staffPoint`), so tokens already issued stop
 * reaching that point at once; someone left with no point keeps a login that
 * reaches nothing.
 */
export const removeSalesPointStaffWorkflow = createWorkflow(
  removeSalesPointStaffWorkflowId,
  (input: WorkflowData<RemoveSalesPointStaffInput>) => {
    const current = validateSalesPointStaffAssignmentsStep(
      transform({ input }, ({ input }) => [input])
    )
    const updated = setSalesPointStaffPointsStep(
      transform({ input, current }, ({ input, current }) =>
        current.map((s) => ({
          id: s.id,
          sales_point_ids: s.sales_point_ids.filter(
            (id) => id !== input.sales_point_id
          ),
        }))
      )
    )
    emitEventStep({
      eventName: "ocop.sales_point_staff.removed",
      data: transform({ input }, ({ input }) => ({
        id: input.staff_id,
        sales_point_id: input.sales_point_id,
      })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
