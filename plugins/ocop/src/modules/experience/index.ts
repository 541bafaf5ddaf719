import { Module } from "@medusajs/framework/utils"
import ExperienceModuleService from "./service"

export const EXPERIENCE_MODULE = "ocop_experience"

export default Module(EXPERIENCE_MODULE, {
  service: ExperienceModuleService,
})

export { ExperienceModuleService }
