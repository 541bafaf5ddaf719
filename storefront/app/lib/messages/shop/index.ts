import { en } from "./en"
import { vi } from "./vi"

export const shopMessages = { vi, en }
