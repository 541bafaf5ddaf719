import { en } from "./en"
import { vi } from "./vi"

export const shopHomeMessages = { vi, en }
