import type { Message } from "../../i18n"
import type { vi } from "./vi"

// Messages of the review form, in English.
export const en: Record<keyof typeof vi, Message> = {
  "review.formTitle": "Review {title}",
  "review.rating": "Your rating",
  "review.body": "Your review",
  "review.bodyHint": "Was it as described? How were the quality and the packing?",
  "review.photos": "Photos (up to 3, JPEG, PNG or WebP)",
  "review.submit": "Send the review",
  "review.thanks": "Thank you for your review!",
  "review.errorRating": "Choose from 1 to 5 stars.",
  "review.errorBody": "Write a few words (at most 2000 characters).",
  "review.errorPhotos": "At most 3 photos, JPEG, PNG or WebP.",
  "review.errorAlready": "This line has already been reviewed.",
  "review.errorNotDelivered": "You can review it once it has been delivered.",
}
