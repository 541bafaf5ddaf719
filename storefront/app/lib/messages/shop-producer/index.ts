import { en } from "./en"
import { vi } from "./vi"

export const shopProducerMessages = { vi, en }
