import { en } from "./en"
import { vi } from "./vi"

export const shopLookupMessages = { vi, en }
