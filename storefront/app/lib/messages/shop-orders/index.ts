import { en } from "./en"
import { vi } from "./vi"

export const shopOrdersMessages = { vi, en }
