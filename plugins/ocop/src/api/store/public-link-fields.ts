import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  isPublicStatus,
  PUBLIC_CERTIFICATION_FIELDS,
} from "../shared/certification-history"

/** A producer's public profile: never its e-mail, phone, registration or members. */
export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "type",
  "address",
  "commune_code",
  "province_code",
  "website",
  "story",
] as const

/**
 * What a shopper may read of each OCOP record that core's store routes reach through
 * our links (`fields=+certifications.*`, `+items.product.producer.*`, …), keyed by the
 * link's alias. The same fields our own /store/ocop routes answer with: no producer
 * e-mail, phone, registration or members, no internal ids or metadata, no relation
 * beyond the record itself (`producer.members`, `sales_point.staff`, …).
 */
const PUBLIC_LINK_FIELDS: Record<string, readonly string[]> = {
  certifications: PUBLIC_CERTIFICATION_FIELDS,
  producer: PUBLIC_PRODUCER_FIELDS,
  experience: [
    "id",
    "duration_minutes",
    "start_time",
    "meeting_point",
    "commune_code",
    "languages",
    "included",
    "cancellation_terms",
    "capacity_per_date",
    "adult_price",
    "child_price",
    "child_max_age",
    "weekdays",
    "closed_dates",
    "extra_dates",
    "is_illustrative",
  ],
  sales_point: [
    "id",
    "handle",
    "kind",
    "address",
    "commune_code",
    "province_code",
    "opening_hours",
    "phone",
    "latitude",
    "longitude",
    "operator",
    "opened_on",
    "is_illustrative",
  ],
}

export type PublicFieldsPlan = {
  fields: string[]
  /** Paths (from the response's root record) of certification lists to narrow to the office's record. */
  certificationPaths: string[]
  /** Every OCOP path the plan keeps, for routes whose core config allows fields one by one. */
  allowed: string[]
}

/**
 * Rewrites a store request's `fields` so that every path through an OCOP link asks
 * only for that record's public fields: `*` becomes the public list, a non-public field
 * or a deeper relation is dropped (as core drops fields it does not allow).
 */
export function planPublicFields(tokens: string[]): PublicFieldsPlan {
  const fields: string[] = []
  const certificationPaths = new Set<string>()
  const allowed = new Set<string>()
  for (const token of tokens) {
    const sign = token.startsWith("+") || token.startsWith("-") ? token[0] : ""
    let body = token.slice(sign.length)
    let star = false
    if (body.startsWith("*")) {
      star = true
      body = body.slice(1)
    } else if (body.endsWith(".*")) {
      star = true
      body = body.slice(0, -2)
    }
    const segments = body.split(".")
    const at = segments.findIndex((s) => s in PUBLIC_LINK_FIELDS)
    if (at < 0 || sign === "-") {
      fields.push(token)
      continue
    }
    const base = segments.slice(0, at + 1).join(".")
    const rest = segments.slice(at + 1)
    const publicFields = PUBLIC_LINK_FIELDS[segments[at]]
    let kept: string[] = []
    if (!rest.length) kept = [...publicFields]
    else if (rest.length === 1 && !star && publicFields.includes(rest[0]))
      kept = [rest[0]]
    if (!kept.length) continue
    if (segments[at] === "certifications") {
      // The status decides which records a shopper sees, so it is always read.
      if (!kept.includes("status")) kept.push("status")
      certificationPaths.add(base)
    }
    allowed.add(base)
    for (const f of kept) {
      fields.push(`${sign}${base}.${f}`)
      allowed.add(`${base}.${f}`)
    }
  }
  return {
    fields,
    certificationPaths: [...certificationPaths],
    allowed: [...allowed],
  }
}

/** Keeps the office's record of a certification list; a reason only for a revocation. */
function publicCertifications(list: unknown) {
  if (!Array.isArray(list)) return list
  return list
    .filter((c: any) => c && isPublicStatus(String(c.status)))
    .map((c: any) =>
      c.status === "revoked" || !("status_reason" in c)
        ? c
        : { ...c, status_reason: null }
    )
}

function narrow(node: any, segments: string[]) {
  if (Array.isArray(node)) {
    node.forEach((n) => narrow(n, segments))
    return
  }
  if (!node || typeof node !== "object") return
  const [head, ...rest] = segments
  if (!(head in node)) return
  if (rest.length) narrow(node[head], rest)
  else node[head] = publicCertifications(node[head])
}

/**
 * Every /store route, core's included: fields through an OCOP link are limited to the
 * public ones, and certification lists in the answer to the office's record (never a
 * producer's pending or rejected submission, its reason or its scan).
 */
export function publicOcopLinkFields(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const raw = req.query?.fields
  if (raw === undefined) return next()
  const tokens = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => String(v).split(","))
    .filter(Boolean)
  const plan = planPublicFields(tokens)
  if (plan.fields.length) req.query.fields = plan.fields.join(",")
  else delete req.query.fields
  // Core's product routes allow fields one by one; only there do the public OCOP
  // fields need adding (on a route without such a list, any entry would start one).
  if (/^\/store\/products(\/|\?|$)/.test(req.originalUrl)) {
    req.allowed = [...(req.allowed ?? []), ...plan.allowed]
  }
  if (plan.certificationPaths.length) {
    const json = res.json.bind(res)
    res.json = (body: any) => {
      if (body && typeof body === "object") {
        for (const value of Object.values(body)) {
          for (const path of plan.certificationPaths) {
            narrow(value, path.split("."))
          }
        }
      }
      return json(body)
    }
  }
  next()
}
