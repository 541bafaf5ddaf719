import type { Message } from "../../i18n"
import type { vi } from "./vi"

// Messages of the sales points: their page and the product page's where-to-buy list (routes/_shop.sales-points, _shop.products.$handle), in English.
export const en: Record<keyof typeof vi, Message> = {
  "salesPoint.title": "OCOP showrooms and sales points",
  "salesPoint.intro":
    "See, taste and buy OCOP products in person in An Giang and Cần Thơ. Listed by province, with address, opening hours and phone number.",
  "salesPoint.byProvince": "Sales points by province",
  "salesPoint.empty": "No sales points yet. Every product can still be delivered to your door.",
  "salesPoint.kind.centre": "OCOP centre",
  "salesPoint.kind.point": "OCOP showroom and sales point",
  "salesPoint.address": "Address",
  "salesPoint.hours": "Opening hours",
  "salesPoint.phone": "Phone",
  "salesPoint.illustrative": "Address, opening hours and phone number are illustrative, not official data.",
  "salesPoint.productTitle": "Buy in person at an OCOP sales point",
  "salesPoint.productNone": "No sales point has this product right now. You can still have it delivered.",
  "salesPoint.productError": "The list of sales points could not be loaded. You can still have this product delivered.",
  "salesPoint.productNoneOutOfStock": "No sales point has this product right now.",
  "salesPoint.productErrorOutOfStock": "The list of sales points could not be loaded.",
  "salesPoint.inStock": "In stock",
  "salesPoint.fewLeft": "Few left",
  "salesPoint.allLink": "See every OCOP sales point",
}
