import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveEntity } from "../../../shared/query-graph"
import { defaultCertificationFields } from "./query-config"

/** Reads one certification as the admin API returns it, or throws a 404. */
export function retrieveCertification(
  scope: MedusaContainer,
  id: string,
  fields = defaultCertificationFields
) {
  return retrieveEntity(scope, "certification", "Certification", id, fields)
}
