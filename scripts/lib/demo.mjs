// The demo shop's fixed facts, shared by npm start and the seed.
export const BACKEND_PORT = Number(process.env.PORT || 9000)
export const DATABASE_NAME = "ocop_market"
// Local demo credentials, printed on every start; production deployments create their own admin.
export const DEMO_ADMIN = {
  email: process.env.OCOP_ADMIN_EMAIL || "admin@ocop-market.local",
  password: process.env.OCOP_ADMIN_PASSWORD || "ocop-market-admin",
}
export const PUBLISHABLE_KEY_TITLE = "OCOP Market storefront"
// Every seeded producer's portal login uses this password (emails: <handle>@producer.ocop-market.local).
export const DEMO_PRODUCER_PASSWORD =
  process.env.OCOP_DEMO_PRODUCER_PASSWORD || "ocop-producer-demo"
// Every seeded sales point's staff login uses this password (emails: <point handle>@staff.ocop-market.local).
export const DEMO_STAFF_PASSWORD =
  process.env.OCOP_DEMO_STAFF_PASSWORD || "ocop-staff-demo"
