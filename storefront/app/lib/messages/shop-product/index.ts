import { en } from "./en"
import { vi } from "./vi"

export const shopProductMessages = { vi, en }
