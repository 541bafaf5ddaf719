import { configManager } from "@medusajs/framework/config"
import { z } from "@medusajs/framework/zod"

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"])

function parse(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/**
 * Whether a link is safe to put in an href that staff or shoppers click: https only,
 * plus http to this machine while developing. `z.string().url()` alone lets through
 * `javascript:` and `data:` (they parse as URLs), which run in the viewer's session.
 */
export function isWebUrl(value: string): boolean {
  const url = parse(value)
  if (!url || url.username || url.password) return false
  if (url.protocol === "https:") return true
  return (
    url.protocol === "http:" &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    process.env.NODE_ENV !== "production"
  )
}

type FileModuleConfig = {
  options?: { providers?: { options?: Record<string, unknown> }[] }
}

/**
 * The public base URL the File Module gives stored files (file-local's `backend_url`,
 * an S3-style provider's `file_url`), read from the app's configuration when first
 * needed so the plugin follows wherever the backend is published.
 */
export function uploadedFilesBaseUrl(): URL | null {
  let modules: Record<string, unknown> | undefined
  try {
    modules = configManager.config.modules as Record<string, unknown>
  } catch {
    modules = undefined
  }
  const file = modules?.file as FileModuleConfig | undefined
  const options = file?.options?.providers?.[0]?.options ?? {}
  const configured = options.backend_url ?? options.file_url
  return typeof configured === "string" ? parse(configured) : null
}

function withinPath(url: URL, base: URL): boolean {
  const prefix = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`
  return url.origin === base.origin && url.pathname.startsWith(prefix)
}

/**
 * Whether a URL names a file we store: one the File Module stored (our upload routes),
 * or one the backend itself serves under /static (the seeded products' and
 * experiences' pictures, which a producer keeps when editing a listing).
 */
export function isUploadedFileUrl(value: string): boolean {
  const url = parse(value)
  const base = uploadedFilesBaseUrl()
  if (!url || !base || !isWebUrl(value)) return false
  return withinPath(url, base) || withinPath(url, new URL("/static/", base))
}

/** A link given by any actor (a producer's website): https, or http to localhost in development. */
export const HttpsUrl = (field: string, max = 500) =>
  z
    .string({ message: `${field} must be a URL` })
    .trim()
    .max(max, { message: `${field} must be at most ${max} characters` })
    .refine(isWebUrl, { message: `${field} must be an https:// address` })

/**
 * A scan or picture: a file our upload route stored, not an outside address.
 * `kinds`, when given, also names the file kinds the field takes (by extension;
 * the upload route has already checked each file's content against it).
 */
export const UploadedFileUrl = (
  field: string,
  kinds?: { pattern: RegExp; description: string }
) =>
  z
    .string({ message: `${field} must be a URL` })
    .trim()
    .max(500, { message: `${field} must be at most 500 characters` })
    .superRefine((value, ctx) => {
      // One message per value: the first rule it breaks.
      const problem = !isWebUrl(value)
        ? "must be an https:// address"
        : !isUploadedFileUrl(value)
          ? "must be a file uploaded to this shop (POST /producer/uploads or /admin/uploads)"
          : kinds && !kinds.pattern.test(new URL(value).pathname)
            ? `must be ${kinds.description}`
            : null
      if (problem) {
        ctx.addIssue({ code: "custom", message: `${field} ${problem}` })
      }
    })
