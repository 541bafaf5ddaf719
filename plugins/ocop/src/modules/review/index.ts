import { Module } from "@medusajs/framework/utils"
import ReviewModuleService from "./service"

export const REVIEW_MODULE = "ocop_review"

export default Module(REVIEW_MODULE, {
  service: ReviewModuleService,
})

export { ReviewModuleService }
