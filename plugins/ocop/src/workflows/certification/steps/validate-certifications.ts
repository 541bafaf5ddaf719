import {
  MedusaError,
  ContainerRegistrationKeys,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ADMIN_UNITS_MODULE } from "../../../modules/admin-units"
import type AdminUnitsModuleService from "../../../modules/admin-units/service"
import { certificationViolations } from "../../../modules/certification/rules/certification-rules"
import { toDateOnly, vietnamToday } from "../../../modules/certification/rules/validity"
import type { CertificationInput } from "../../common/types"

export type ValidateCertificationsInput = (CertificationInput & {
  product_id?: string
})[]

export const validateCertificationsStepId = "ocop-validate-certifications"
/** Checks the OCOP rules that span fields or need the database; throws a 400 naming the field. */
export const validateCertificationsStep = createStep(
  validateCertificationsStepId,
  async (input: ValidateCertificationsInput, { container }) => {
    const ocop = container.resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const problems: string[] = []

    const today = vietnamToday()
    for (const cert of input) {
      problems.push(...certificationViolations(cert).map((v) => v.message))
      // A recognition decision cannot be dated after today, whoever records it.
      if (cert.decision_date && toDateOnly(cert.decision_date) > today) {
        problems.push(
          `decision_date (${toDateOnly(cert.decision_date)}) cannot be in the future (today is ${today})`
        )
      }
    }

    const communeCodes = [
      ...new Set(input.map((c) => c.origin_commune_code).filter(Boolean)),
    ] as string[]
    const communes = communeCodes.length
      ? await ocop.listCommunes(
          { code: communeCodes },
          { select: ["code", "province_code"] }
        )
      : []
    const provinceOf = new Map(communes.map((c) => [c.code, c.province_code]))
    const provinceCodes = [
      ...new Set(input.map((c) => c.origin_province_code).filter(Boolean)),
    ] as string[]
    const provinces = provinceCodes.length
      ? await ocop.listProvinces({ code: provinceCodes }, { select: ["code"] })
      : []
    const knownProvinces = new Set(provinces.map((p) => p.code))

    for (const cert of input) {
      if (
        cert.origin_province_code &&
        !knownProvinces.has(cert.origin_province_code)
      ) {
        problems.push(
          `origin_province_code: unknown province code "${cert.origin_province_code}"`
        )
      }
      if (cert.origin_commune_code) {
        const province = provinceOf.get(cert.origin_commune_code)
        if (!province) {
          problems.push(
            `origin_commune_code: unknown commune code "${cert.origin_commune_code}" (2025 units)`
          )
        } else if (
          cert.origin_province_code &&
          province !== cert.origin_province_code
        ) {
          problems.push(
            `origin_commune_code: commune ${cert.origin_commune_code} is in province ${province}, not ${cert.origin_province_code}`
          )
        }
      }
    }

    const productIds = [
      ...new Set(input.map((c) => c.product_id).filter(Boolean)),
    ] as string[]
    if (productIds.length) {
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { id: productIds },
      })
      const found = new Set(products.map((p: { id: string }) => p.id))
      const missing = productIds.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `product_id: product ${missing.join(", ")} was not found`
        )
      }
    }

    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }
    return new StepResponse(undefined)
  }
)
