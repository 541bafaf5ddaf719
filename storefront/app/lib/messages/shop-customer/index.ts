import { en } from "./en"
import { vi } from "./vi"

export const shopCustomerMessages = { vi, en }
