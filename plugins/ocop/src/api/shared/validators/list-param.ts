import { z } from "@medusajs/framework/zod"

/**
 * A query parameter that may come as `a,b`, as repeated `x=a&x=b` or as `x[]=a`:
 * all three mean the same list, so shared filter URLs keep working.
 */
export function listParam<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === "") return undefined
    const list = Array.isArray(value) ? value : [value]
    return list
      .flatMap((v) => (typeof v === "string" ? v.split(",") : [v]))
      .map((v) => (typeof v === "string" ? v.trim() : v))
      .filter((v) => v !== "")
  }, z.array(item).max(50).optional())
}
