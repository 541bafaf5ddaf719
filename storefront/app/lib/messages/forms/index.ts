import { en } from "./en"
import { vi } from "./vi"

export const formsMessages = { vi, en }
