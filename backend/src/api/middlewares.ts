import { defineMiddlewares } from "@medusajs/framework/http"
import { concurrencyLimit, envCount } from "./concurrency-limit"
import { failFastWithoutDatabase } from "./database-fail-fast"
import { shopErrorHandler } from "./error-handler"
import { refuseCrossSiteWrites } from "./cross-site-writes"
import { requestRateLimit, signInRateLimit } from "./rate-limits"
import { rejectNulCharacters } from "./reject-nul"

// The app's own HTTP concerns (the OCOP routes' middlewares live in the plugin).
// Sign-in for every actor (user, customer, producer, sales-point staff) goes
// through /auth/<actor>/emailpass.
const SIGN_IN_MAX_FAILURES = Number(process.env.OCOP_SIGN_IN_MAX_FAILURES || 10)
const SIGN_IN_MAX_FAILURES_PER_EMAIL = Number(process.env.OCOP_SIGN_IN_MAX_FAILURES_PER_EMAIL || 30)
const ORDER_LOOKUPS_PER_ADDRESS = Number(process.env.OCOP_ORDER_LOOKUPS_PER_ADDRESS || 10)

// Expensive reads, bounded per process (docs/speed.md): so many run at once, so many
// wait, the rest get 503 with Retry-After. Search and the catalog have a bound each,
// so a burst of searches cannot hold up the catalog either.
const searchLimit = concurrencyLimit({
  name: "search",
  limit: envCount(process.env, "OCOP_SEARCH_CONCURRENCY", 3, 1),
  queue: envCount(process.env, "OCOP_SEARCH_QUEUE", 12, 0),
  retryAfterSeconds: 2,
})
const catalogLimit = concurrencyLimit({
  name: "catalog",
  limit: envCount(process.env, "OCOP_CATALOG_CONCURRENCY", 4, 1),
  queue: envCount(process.env, "OCOP_CATALOG_QUEUE", 16, 0),
  retryAfterSeconds: 2,
})

export default defineMiddlewares({
  errorHandler: shopErrorHandler,
  routes: [
    {
      // No method: a global middleware, registered before every route's own.
      matcher: "/",
      middlewares: [refuseCrossSiteWrites(), failFastWithoutDatabase()],
    },
    {
      // Every API area, core's and the plugin's: query strings, JSON bodies, paths.
      // (Express skips a use() regex whose match does not end at a "/": hence the lookahead.)
      matcher: /^\/(store|admin|auth|producer|sales-point|hooks)(?=\/|$)/,
      middlewares: [rejectNulCharacters],
    },
    {
      matcher: /^\/auth\/[^/]+\/emailpass$/,
      method: ["POST"],
      middlewares: [
        signInRateLimit({
          perAddress: SIGN_IN_MAX_FAILURES,
          perEmail: SIGN_IN_MAX_FAILURES_PER_EMAIL,
          durationSeconds: 15 * 60,
        }),
      ],
    },
    {
      // A guest's order lookup: keyed by the client's address, never by what it
      // sends, so trying many numbers or contacts spends one budget.
      matcher: /^\/store\/ocop\/orders\/lookup$/,
      method: ["POST"],
      middlewares: [
        requestRateLimit({
          keyPrefix: "order-lookup",
          points: ORDER_LOOKUPS_PER_ADDRESS,
          durationSeconds: 15 * 60,
        }),
      ],
    },
    {
      // The shop's search and typeahead (GET /store/ocop/search) and core's
      // InstantSearch-compatible POST /store/search on the same index.
      matcher: /^\/store\/ocop\/search$/,
      method: ["GET"],
      middlewares: [searchLimit],
    },
    {
      matcher: /^\/store\/search$/,
      method: ["POST"],
      middlewares: [searchLimit],
    },
    {
      // The catalog listing with its filters and facet counts (not one product's page).
      matcher: /^\/store\/ocop\/products$/,
      method: ["GET"],
      middlewares: [catalogLimit],
    },
    {
      // The bank-statement integrations (ours, SePay, Casso) post transfers here; a
      // leaked secret should not turn them into an oracle for guessing order references.
      matcher: /^\/hooks\/(vietqr\/reconcile|sepay|casso)$/,
      method: ["POST"],
      middlewares: [
        requestRateLimit({ keyPrefix: "vietqr-reconcile", points: 120, durationSeconds: 60 }),
      ],
    },
  ],
})
