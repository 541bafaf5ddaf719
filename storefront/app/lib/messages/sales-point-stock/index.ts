import { en } from "./en"
import { vi } from "./vi"

export const salesPointStockMessages = { vi, en }
