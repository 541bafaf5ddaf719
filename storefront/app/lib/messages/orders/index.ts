import { en } from "./en"
import { vi } from "./vi"

export const ordersMessages = { vi, en }
