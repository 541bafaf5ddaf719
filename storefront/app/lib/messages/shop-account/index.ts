import { en } from "./en"
import { vi } from "./vi"

export const shopAccountMessages = { vi, en }
