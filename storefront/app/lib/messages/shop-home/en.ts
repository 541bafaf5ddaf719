import type { Message } from "../../i18n"
import { plural } from "../plural"
import type { vi } from "./vi"

// Messages of the home page (routes/_shop._index), in English.
export const en: Record<keyof typeof vi, Message> = {
  "home.title": "OCOP Market: OCOP specialities from An Giang and Cần Thơ",
  "home.heroTitle": "Star-rated OCOP specialities: know who made them, and where",
  "home.whatIsOcop":
    "OCOP (One Commune One Product) is Vietnam's national programme that scores local specialities out of 100 and rates them from 1 to 5 stars; only products with 3 stars or more are recognised as OCOP products, and a certificate is valid for 36 months.",
  "home.shopNow": "Browse products",
  "home.onlyCurrent": "Only currently certified",
  "home.scaleTitle": "What the stars mean",
  "home.scale5": "90–100 points: distinctive, high-quality, export-ready; recognised by the Ministry of Agriculture and Environment.",
  "home.scale4": "70 to under 90 points: distinctive, good market access, may be upgraded to 5 stars; recognised by the province.",
  "home.scale3": "50 to under 70 points: a characteristic local product with stable commercial management; recognised by the province.",
  "home.scaleBelow": "Under 50 points (1–2 stars) is not an OCOP product and may not carry the OCOP mark.",
  "home.featured": "5-star and 4-star products",
  "home.featuredNote":
    "Most certificates in this catalogue were issued in 2020–2023 and have expired; we still sell those products but show their stars as history only.",
  "home.byProvince": "By province or city",
  "home.byCategory": "By OCOP product group",
  "home.productCount": plural("product", "products"),
  "home.salesPoints": "OCOP showrooms and sales points",
  "home.salesPointsText":
    "See, taste and buy OCOP products in person at the centres and sales points of An Giang and Cần Thơ.",
  "home.salesPointsLink": "See the sales points",
}
