import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { ADMIN_UNITS_MODULE } from "../../../modules/admin-units"
import type AdminUnitsModuleService from "../../../modules/admin-units/service"
import type { ProducerInput } from "../../common/types"

export type ValidateProducersInput = ({
  id?: string
} & Partial<ProducerInput>)[]

export const validateProducersStepId = "ocop-validate-producers"
/** Checks that producers name real 2025 units and that handles stay unique. */
export const validateProducersStep = createStep(
  validateProducersStepId,
  async (input: ValidateProducersInput, { container }) => {
    const producerModule = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const adminUnits = container.resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
    const problems: string[] = []

    const ids = input.map((p) => p.id).filter(Boolean) as string[]
    if (ids.length) {
      const existing = await producerModule.listProducers({ id: ids }, { select: ["id"] })
      const missing = ids.filter((id) => !existing.some((p) => p.id === id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Producer ${missing.join(", ")} was not found`
        )
      }
    }

    const communeCodes = [
      ...new Set(input.map((p) => p.commune_code).filter(Boolean)),
    ] as string[]
    const communes = communeCodes.length
      ? await adminUnits.listCommunes(
          { code: communeCodes },
          { select: ["code", "province_code"] }
        )
      : []
    const provinceCodes = [
      ...new Set(input.map((p) => p.province_code).filter(Boolean)),
    ] as string[]
    const provinces = provinceCodes.length
      ? await adminUnits.listProvinces({ code: provinceCodes }, { select: ["code"] })
      : []
    for (const producer of input) {
      if (
        producer.province_code &&
        !provinces.some((p) => p.code === producer.province_code)
      ) {
        problems.push(
          `province_code: unknown province code "${producer.province_code}"`
        )
      }
      if (producer.commune_code) {
        const commune = communes.find((c) => c.code === producer.commune_code)
        if (!commune) {
          problems.push(
            `commune_code: unknown commune code "${producer.commune_code}" (2025 units)`
          )
        } else if (
          producer.province_code &&
          commune.province_code !== producer.province_code
        ) {
          problems.push(
            `commune_code: commune ${producer.commune_code} is in province ${commune.province_code}, not ${producer.province_code}`
          )
        }
      }
    }
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }

    const handles = input.map((p) => p.handle).filter(Boolean) as string[]
    if (new Set(handles).size !== handles.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "handle: the same handle is given twice"
      )
    }
    if (handles.length) {
      const taken = await producerModule.listProducers(
        { handle: handles },
        { select: ["id", "handle"] }
      )
      const clash = taken.find((t) =>
        input.some((p) => p.handle === t.handle && p.id !== t.id)
      )
      if (clash) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `handle: a producer with handle "${clash.handle}" already exists`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
