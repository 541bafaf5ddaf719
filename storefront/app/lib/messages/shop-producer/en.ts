import type { Message } from "../../i18n"
import type { vi } from "./vi"

// A producer's page's texts (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "producer.about": "About",
  "producer.type": "Type",
  "producer.address": "Registered address",
  "producer.location": "Administrative unit today",
  "producer.formerUnits": "Before 1 July 2025 this covered",
  "producer.website": "Website",
  "producer.products": "Products by {name}",
  "producer.noStory": "The producer has not sent an introduction yet.",
  "error.producerNotFound": "We couldn't find this producer.",
}
