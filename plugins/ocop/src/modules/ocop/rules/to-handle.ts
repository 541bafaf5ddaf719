import { foldVietnamese } from "./fold-vietnamese"

/** A URL handle from a Vietnamese name: "Hợp tác xã Kỳ Như" → "hop-tac-xa-ky-nhu". */
export function toHandle(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
}
