import { en } from "./en"
import { vi } from "./vi"

export const shopReviewMessages = { vi, en }
