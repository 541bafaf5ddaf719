import { Module } from "@medusajs/framework/utils"
import catalogEntriesLoader from "./loaders/catalog-entries"
import CertificationModuleService from "./service"

export const CERTIFICATION_MODULE = "ocop_certification"

export default Module(CERTIFICATION_MODULE, {
  service: CertificationModuleService,
  loaders: [catalogEntriesLoader],
})

export { CertificationModuleService }
export {
  findCategorySet,
  OCOP_CATEGORY_SETS,
  OCOP_SECTORS,
} from "./rules/category-sets"
