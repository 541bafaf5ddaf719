import { en } from "./en"
import { vi } from "./vi"

export const shopSearchBoxMessages = { vi, en }
