import { en } from "./en"
import { vi } from "./vi"

export const shopCheckoutRefusalsMessages = { vi, en }
