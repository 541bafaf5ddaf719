import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { walletPaymentProviders } from "@ocop-market/medusa-plugin-ocop/providers/wallet"
import { assertProductionSafe } from "./config/production-safety"
import { redisModules } from "./config/redis-modules"
import { trustedProxyCount } from "./config/trusted-proxies"
import { carrierProviders } from "./config/carriers"
import { PRIVATE_UPLOAD_DIR, UPLOAD_DIR, UPLOADS_PATH } from "./config/uploads"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// Development runs on built-in defaults; production must be told its secrets and origins.
assertProductionSafe(process.env)
// Read per request by the rate limits; a wrong value stops the start, not the first sign-in.
trustedProxyCount(process.env)

// npm start and the test setup export DATABASE_URL for the embedded PostgreSQL;
// setting it yourself points the shop at any other PostgreSQL.
const databaseUrl = process.env.DATABASE_URL
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:3000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const meilisearchHost = process.env.MEILISEARCH_HOST
const stripeApiKey = process.env.STRIPE_API_KEY
// "server" answers HTTP only, "worker" runs subscribers and scheduled jobs only,
// "shared" (one process, the default) does both: docs/production.md.
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as
  | "shared"
  | "server"
  | "worker"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl,
    databaseLogging: false,
    workerMode,
    // Sessions and Medusa's own Redis uses; unset keeps everything in-process.
    redisUrl: process.env.REDIS_URL || undefined,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    backendUrl,
    disable:
      process.env.MEDUSA_ADMIN_DISABLED === "true" || workerMode === "worker",
  },
  modules: [
    ...redisModules(process.env.REDIS_URL),
    { resolve: "@medusajs/medusa/translation" },
    {
      // Uploads (certificate scans, producers' photos) are served by the backend
      // itself; their URLs follow the backend's public address, not a fixed :9000.
      // They live outside static/ so that our own route serves them (config/uploads.ts).
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: UPLOAD_DIR,
              private_upload_dir: PRIVATE_UPLOAD_DIR,
              backend_url: `${backendUrl}${UPLOADS_PATH}`,
            },
          },
        ],
      },
    },
    {
      // Medusa's manual provider keeps today's flat-rate options; GHN and GHTK join
      // only when their tokens are set (docs/carriers.md), so without them nothing
      // changes.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          ...carrierProviders(process.env),
        ],
      },
    },
    {
      // Notifications (certificate expiry notices to producers) are logged by the
      // local provider; it also keeps the admin's feed channel it serves by default.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email", "feed"] },
          },
        ],
      },
    },
    {
      // Medusa's Search Module (on by default in 2.21) with PostgreSQL full-text
      // search folded for Vietnamese; Meilisearch when MEILISEARCH_HOST is set,
      // with PostgreSQL kept as the fallback (docs/search.md).
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          {
            // Medusa's provider, storing filter fields for fast reads (decision 008).
            resolve:
              "@ocop-market/medusa-plugin-ocop/providers/search-postgres",
            id: "postgres",
            options: { language: "vietnamese" },
          },
          ...(meilisearchHost
            ? [
                {
                  resolve:
                    "@ocop-market/medusa-plugin-ocop/providers/meilisearch",
                  id: "meilisearch",
                  options: {
                    host: meilisearchHost,
                    api_key: process.env.MEILISEARCH_API_KEY,
                  },
                },
              ]
            : []),
        ],
        default_provider: meilisearchHost ? "meilisearch" : "search-postgres",
      },
    },
    {
      // Cash on delivery is Medusa's system provider (pp_system_default, always on).
      // VietQR bank transfer is ours (pp_vietqr_vietqr); the demo account is
      // illustrative until VIETQR_* name a real one. Stripe cards (pp_stripe_stripe)
      // only when STRIPE_API_KEY is set. VNPay, MoMo (wallet and ATM) and ZaloPay
      // only when their merchant keys are set (docs/wallets.md).
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@ocop-market/medusa-plugin-ocop/providers/vietqr",
            id: "vietqr",
            options: {
              bank_bin: process.env.VIETQR_BANK_BIN || "970436",
              account_number: process.env.VIETQR_ACCOUNT_NUMBER || "0000000000",
              account_name:
                process.env.VIETQR_ACCOUNT_NAME ||
                "OCOP MARKET (TAI KHOAN MINH HOA)",
              illustrative: !process.env.VIETQR_ACCOUNT_NUMBER,
            },
          },
          ...(stripeApiKey
            ? [
                {
                  resolve: "@medusajs/medusa/payment-stripe",
                  id: "stripe",
                  options: {
                    apiKey: stripeApiKey,
                    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                  },
                },
              ]
            : []),
          ...walletPaymentProviders(process.env),
        ],
      },
    },
  ],
  // The Translation Module is behind a feature flag in 2.21: product, option, variant
  // and shipping option texts in English (en-US) beside the Vietnamese originals,
  // served to the store API's `x-medusa-locale` header (docs/english.md).
  featureFlags: { translation: true },
  plugins: [
    {
      resolve: "@ocop-market/medusa-plugin-ocop",
      options: {},
    },
  ],
})
