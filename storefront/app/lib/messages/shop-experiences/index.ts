import { en } from "./en"
import { vi } from "./vi"

export const shopExperiencesMessages = { vi, en }
