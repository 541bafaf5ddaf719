import { en } from "./en"
import { vi } from "./vi"

export const salesPointMessages = { vi, en }
