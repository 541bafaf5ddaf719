import { en } from "./en"
import { vi } from "./vi"

export const salesPointOfflineMessages = { vi, en }
