import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"
import { ADMIN_UNITS_MODULE } from "../../../modules/admin-units"
import type AdminUnitsModuleService from "../../../modules/admin-units/service"

export type SalesPointInput = {
  name: string
  handle: string
  kind: "centre" | "point"
  address: string
  commune_code: string
  opening_hours?: string | null
  phone?: string | null
  latitude?: number | null
  longitude?: number | null
  operator?: string | null
  opened_on?: Date | string | null
  is_illustrative?: boolean
}

export const createSalesPointsStepId = "ocop-create-sales-points"
/**
 * Stores the OCOP details of new sales points. The province comes from the 2025
 * commune, so the two cannot disagree; an unknown commune or a taken handle is a 400.
 */
export const createSalesPointsStep = createStep(
  createSalesPointsStepId,
  async (input: SalesPointInput[], { container }) => {
    const salesPointModule = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const adminUnits = container.resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
    const communes = await adminUnits.listCommunes(
      { code: input.map((p) => p.commune_code) },
      { select: ["code", "province_code"] }
    )
    const taken = await salesPointModule.listSalesPoints(
      { handle: input.map((p) => p.handle) },
      { select: ["handle"] }
    )
    const rows = input.map(({ name: _name, ...point }) => {
      const commune = communes.find((c) => c.code === point.commune_code)
      if (!commune) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `commune_code: unknown commune code "${point.commune_code}" (2025 units)`
        )
      }
      if (taken.some((t) => t.handle === point.handle)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `handle: a sales point "${point.handle}" already exists`
        )
      }
      return {
        ...point,
        opened_on: point.opened_on ? new Date(point.opened_on) : null,
        province_code: commune.province_code,
      }
    })
    const created = await salesPointModule.createSalesPoints(rows)
    return new StepResponse(
      created,
      created.map((p) => p.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .deleteSalesPoints(ids)
  }
)
