import { en } from "./en"
import { vi } from "./vi"

export const shopCartMessages = { vi, en }
