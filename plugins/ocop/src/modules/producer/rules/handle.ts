// Handles are folded the way place names are: one folding rule for the whole shop, kept
// with the administrative units whose service folds names at import.
import { foldVietnamese } from "../../admin-units/rules/fold-vietnamese"

const MAX_LENGTH = 120

/**
 * An ASCII URL handle from a Vietnamese title: "Kẹo thốt nốt Palmania" →
 * "keo-thot-not-palmania". Diacritics are folded so links survive being typed,
 * copied into SMS or printed on a QR label.
 */
export function asciiHandle(title: string): string {
  return foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/g, "")
}

/** Whether a stored handle is already one asciiHandle could produce. */
export function isAsciiHandle(handle: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(handle)
}

/**
 * The first of base, base-2, base-3 … not in taken. The suffix fits inside the
 * length limit so a long title still yields a unique handle.
 */
export function uniqueHandle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const root = base || "san-pham"
  if (!used.has(root)) return root
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${root.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/g, "")}${suffix}`
    if (!used.has(candidate)) return candidate
  }
}
