import { en } from "./en"
import { vi } from "./vi"

export const shopCatalogMessages = { vi, en }
