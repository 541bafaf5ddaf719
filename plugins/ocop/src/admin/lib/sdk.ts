import Medusa from "@medusajs/js-sdk"

// The admin runs on the same origin as the API and authenticates with its session cookie.
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
