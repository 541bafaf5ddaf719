import { en } from "./en"
import { vi } from "./vi"

export const shopCardPaymentMessages = { vi, en }
