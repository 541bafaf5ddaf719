import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { defaultCertificationFields } from "./query-config"

/** Reads one certification as the admin API returns it, or throws a 404. */
export async function retrieveCertification(
  scope: MedusaContainer,
  id: string,
  fields = defaultCertificationFields
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [certification],
  } = await query.graph({ entity: "certification", fields, filters: { id } })
  if (!certification) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Certification with id "${id}" was not found`
    )
  }
  return certification
}
