import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"

export type SalesPointStaffPoints = { id: string; sales_point_ids: string[] }

async function pointsOf(
  ocop: SalesPointModuleService,
  ids: string[]
): Promise<SalesPointStaffPoints[]> {
  const staff = await ocop.listSalesPointStaffs(
    { id: ids },
    { select: ["id"], relations: ["sales_points"] }
  )
  return staff.map((s: any) => ({
    id: s.id,
    sales_point_ids: (s.sales_points ?? []).map((p: any) => p.id),
  }))
}

async function setPoints(
  ocop: SalesPointModuleService,
  rows: SalesPointStaffPoints[]
) {
  // A many-to-many relation is replaced by the array of related ids given.
  await ocop.updateSalesPointStaffs(
    rows.map(({ id, sales_point_ids }) => ({
      id,
      sales_points: sales_point_ids,
    })) as any[]
  )
}

export const validateSalesPointStaffAssignmentsStepId =
  "ocop-validate-sales-point-staff-assignments"
/** Each staff member must work at the point named with them; returns their current points. */
export const validateSalesPointStaffAssignmentsStep = createStep(
  validateSalesPointStaffAssignmentsStepId,
  async (
    input: { staff_id: string; sales_point_id: string }[],
    { container }
  ) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const pointIds = [...new Set(input.map((i) => i.sales_point_id))]
    const points = await ocop.listSalesPoints(
      { id: pointIds },
      { select: ["id"] }
    )
    const missingPoint = pointIds.find((id) => !points.some((p) => p.id === id))
    if (missingPoint) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Sales point ${missingPoint} was not found`
      )
    }
    const current = await pointsOf(ocop, [
      ...new Set(input.map((i) => i.staff_id)),
    ])
    const outsider = input.find(
      (i) =>
        !current
          .find((s) => s.id === i.staff_id)
          ?.sales_point_ids.includes(i.sales_point_id)
    )
    if (outsider) {
      // The same answer for an unknown id and someone of another point.
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `staff_id: staff member ${outsider.staff_id} does not work at sales point ${outsider.sales_point_id}`
      )
    }
    return new StepResponse(current)
  }
)

export const setSalesPointStaffPointsStepId =
  "ocop-set-sales-point-staff-points"
/**
 * Replaces the points staff members work at; compensation gives them back the
 * points they had.
 */
export const setSalesPointStaffPointsStep = createStep(
  setSalesPointStaffPointsStepId,
  async (input: SalesPointStaffPoints[], { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const previous = await pointsOf(
      ocop,
      input.map((s) => s.id)
    )
    await setPoints(ocop, input)
    return new StepResponse(input, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await setPoints(container.resolve<SalesPointModuleService>(SALES_POINT_MODULE), previous)
  }
)
