import { en } from "./en"
import { vi } from "./vi"

export const shopCheckoutMessages = { vi, en }
