import { en } from "./en"
import { vi } from "./vi"

export const commonMessages = { vi, en }
