import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ADMIN_UNITS_MODULE, type AdminUnitsModuleService } from "../../../modules/admin-units"

export type ProducerPremises = {
  id: string
  handle: string
  name: string
  address?: string | null
  commune_code?: string | null
}

/** A stock location's address, from the producer's street and its 2025 commune. */
export type PremisesAddress = {
  address_1: string
  city: string | null
  province: string | null
  country_code: "VN"
}

export const resolveProducerAddressesStepId = "ocop-resolve-producer-addresses"
/** The commune and province names of each producer's premises (read only). */
export const resolveProducerAddressesStep = createStep(
  resolveProducerAddressesStepId,
  async (producers: ProducerPremises[], { container }) => {
    const ocop = container.resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
    const codes = producers.flatMap((p) =>
      p.commune_code ? [p.commune_code] : []
    )
    const communes = codes.length
      ? await ocop.listCommunes(
          { code: codes },
          { select: ["code", "name", "province_code"] }
        )
      : []
    const provinces = communes.length
      ? await ocop.listProvinces(
          { code: communes.map((c) => c.province_code) },
          { select: ["code", "name"] }
        )
      : []
    return new StepResponse(
      producers.map((p): PremisesAddress => {
        const commune = communes.find((c) => c.code === p.commune_code)
        const province = provinces.find(
          (v) => v.code === commune?.province_code
        )
        return {
          address_1: p.address || commune?.name || p.name,
          city: commune?.name ?? null,
          province: province?.name ?? null,
          country_code: "VN",
        }
      })
    )
  }
)
