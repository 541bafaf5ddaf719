import { en } from "./en"
import { vi } from "./vi"

export const producerMessages = { vi, en }
