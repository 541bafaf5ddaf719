import { en } from "./en"
import { vi } from "./vi"

export const shopPlacesMessages = { vi, en }
