import type { Message } from "../../i18n"
import type { vi } from "./vi"

// Messages shared by the shop, the producer portal and the staff console (and the document itself), in English.
export const en: Record<keyof typeof vi, Message> = {
  "site.name": "OCOP Market",
  "site.description":
    "Buy OCOP-certified specialities from An Giang and Cần Thơ, with the star rating, certificate, producer and commune of origin shown plainly.",
  "nav.skip": "Skip to main content",
  "nav.products": "Products",
  "lang.switchTo": "Tiếng Việt",
  "lang.switchLabel": "Switch to Vietnamese",
  "common.notRecorded": "not recorded",
  "common.loading": "Loading…",
  "common.save": "Save",
  "common.from": "from {price}",
  "common.noPrice": "No price yet",
  "common.viewAll": "View all",
  "stars.aria": "{stars} out of 5 stars",
  "producerType.household_business": "Household business",
  "producerType.cooperative": "Cooperative",
  "producerType.cooperative_group": "Cooperative group",
  "producerType.enterprise": "Enterprise",
  "ocop.level.district": "District (before July 2025)",
  "ocop.level.province": "Province",
  "ocop.level.central": "National",
  "error.notFoundTitle": "Page not found",
  "error.notFound": "The page you are looking for doesn't exist or has moved.",
  "error.title": "Something went wrong",
  "error.unexpected": "An unexpected error happened. Please try again in a few minutes.",
  "error.badRequest": "The request is not valid.",
  "error.busy": "Too busy, please try again in a moment",
  "error.goHome": "Back to the home page",
}
