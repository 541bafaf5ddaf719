import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"

export type CreateSalesPointStaffStepInput = {
  email: string
  name?: string | null
  auth_identity_id: string
  sales_point_ids: string[]
}[]

export const createSalesPointStaffStepId = "ocop-create-sales-point-staff"
/** Stores staff members with the points they work at; compensation deletes them. */
export const createSalesPointStaffStep = createStep(
  createSalesPointStaffStepId,
  async (input: CreateSalesPointStaffStepInput, { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    // Many-to-many relations are created from an array of the related ids.
    const rows = input.map(({ sales_point_ids, ...staff }) => ({
      ...staff,
      sales_points: sales_point_ids,
    }))
    const created: { id: string; auth_identity_id: string | null }[] =
      await ocop.createSalesPointStaffs(rows as any[])
    return new StepResponse(
      created,
      created.map((s) => s.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .deleteSalesPointStaffs(ids)
  }
)

export const validateSalesPointStaffStepId = "ocop-validate-sales-point-staff"
/** A new login needs points that exist and an email no staff member uses yet. */
export const validateSalesPointStaffStep = createStep(
  validateSalesPointStaffStepId,
  async (
    input: { emails: string[]; sales_point_ids: string[] },
    { container }
  ) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const ids = [...new Set(input.sales_point_ids)]
    const points = await ocop.listSalesPoints({ id: ids }, { select: ["id"] })
    const missing = ids.filter((id) => !points.some((p) => p.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `sales_point_ids: sales point ${missing.join(", ")} was not found`
      )
    }
    const existing = await ocop.listSalesPointStaffs(
      { email: input.emails },
      { select: ["email"] }
    )
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `email: ${existing[0].email} already has a staff login`
      )
    }
    return new StepResponse(undefined)
  }
)
