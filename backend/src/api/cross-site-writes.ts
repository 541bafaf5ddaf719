import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])
// The API areas whose writes act for a signed-in actor. /hooks (bank, Stripe) is
// machine-to-machine: no cookie, its own secrets and body formats.
const AREAS = /^\/(admin|store|auth|producer|sales-point)(?:\/|$)/
// Routes that take files as multipart/form-data (multer in their middlewares):
// Medusa's uploads and legacy product import, the producer portal's uploads and
// shoppers' review photos.
const FILE_ROUTES = [
  /^\/admin\/uploads\/?$/,
  /^\/admin\/products\/import\/?$/,
  /^\/producer\/uploads\/?$/,
  /^\/store\/ocop\/reviews\/uploads\/?$/,
]
// Without Origin (older browsers, some same-origin requests) the browser's own
// Fetch Metadata says where the request came from.
const TRUSTED_FETCH_SITES = new Set(["same-origin", "none"])

type Origins = (string | RegExp)[]
type Settings = { cookieName: string; origins: Record<string, Origins> }

function settingsOf(config: ConfigModule): Settings {
  const http = config.projectConfig.http
  const admin = parseCorsOrigins(http.adminCors)
  const store = parseCorsOrigins(http.storeCors)
  const auth = parseCorsOrigins(http.authCors)
  return {
    cookieName: config.projectConfig.sessionOptions?.name ?? "connect.sid",
    // Each Medusa area accepts the origins its CORS allows; our actor areas are
    // called from the storefront's server (bearer, no cookie), so any shop origin.
    origins: { admin, store, auth, producer: [...admin, ...store, ...auth], "sales-point": [...admin, ...store, ...auth] },
  }
}

const carriesCookie = (req: MedusaRequest, name: string) =>
  String(req.headers.cookie ?? "")
    .split(";")
    .some((pair) => pair.trim().startsWith(`${name}=`))

const originAllowed = (origin: string, allowed: Origins) =>
  allowed.some((o) => (typeof o === "string" ? o === origin : o.test(origin)))

// Zero bytes cannot smuggle a payload, whatever they claim to be: a body-less
// POST (approve, cancel) or DELETE passes the content-type rule. The origin rule
// still applies to it, which is what stops a forged one.
const hasBody = (req: MedusaRequest) =>
  req.headers["transfer-encoding"] !== undefined ||
  Number(req.headers["content-length"] ?? 0) > 0

/**
 * Forged writes from a foreign page. A browser attaches Medusa's session cookie
 * to a form post from any page of the same *site* (`:3000` and `:9000` of one
 * host), and a form can send urlencoded, multipart or text bodies without a CORS
 * preflight. So, on the API areas:
 * - a write carrying the session cookie must come from a configured CORS origin
 *   (or, without Origin, from a same-origin fetch): else 403;
 * - a write's body must be JSON, which no form can send, except on routes that
 *   take files: else 415.
 * Bearer-token and API-key requests carry no ambient credential and pass the first rule.
 */
export function refuseCrossSiteWrites() {
  let settings: Settings | undefined
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!WRITES.has(req.method)) return next()
    const area = AREAS.exec(req.path)?.[1]
    if (!area) return next()
    settings ??= settingsOf(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))

    if (carriesCookie(req, settings.cookieName)) {
      const origin = req.headers.origin
      const fetchSite = req.headers["sec-fetch-site"]
      const trusted = origin
        ? originAllowed(origin, settings.origins[area])
        : typeof fetchSite === "string" && TRUSTED_FETCH_SITES.has(fetchSite)
      if (!trusted) {
        return res.status(403).json({
          type: "not_allowed",
          message: origin
            ? `Origin ${origin} may not send cookie-authenticated writes to /${area}`
            : `A cookie-authenticated write to /${area} must name its Origin`,
        })
      }
    }

    if (hasBody(req)) {
      const types = FILE_ROUTES.some((r) => r.test(req.path))
        ? ["application/json", "multipart/form-data"]
        : ["application/json"]
      if (!req.is(types)) {
        return res.status(415).json({
          type: "invalid_data",
          message: `content-type must be ${types.join(" or ")} (got ${req.headers["content-type"] ?? "none"})`,
        })
      }
    }
    next()
  }
}
