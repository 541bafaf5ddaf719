/**
 * What must be set before the shop runs in production, as messages that name the
 * variable to set. Development keeps its defaults so `npm start` needs nothing.
 */
const DEFAULT_SECRETS = new Set(["supersecret", "secret", "changeme", ""])

export function productionConfigProblems(
  env: Record<string, string | undefined>
): string[] {
  if (env.NODE_ENV !== "production") return []
  const problems: string[] = []
  for (const name of ["JWT_SECRET", "COOKIE_SECRET"]) {
    const value = env[name] ?? ""
    if (DEFAULT_SECRETS.has(value) || value.length < 32) {
      problems.push(
        `${name} must be set to a random secret of at least 32 characters (e.g. \`openssl rand -hex 32\`)`
      )
    }
  }
  for (const name of ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"]) {
    const origins = (env[name] ?? "").split(",").map((o) => o.trim())
    if (!env[name]) {
      problems.push(`${name} must list the allowed origins (e.g. https://shop.example.vn)`)
    } else if (origins.some((o) => o === "*" || o === "/.*/" || o.includes("*"))) {
      problems.push(`${name} must not allow every origin ("*"); list the shop's origins`)
    }
  }
  if (!env.DATABASE_URL) {
    problems.push("DATABASE_URL must point at the production PostgreSQL")
  }
  // Half an S-Invoice configuration would leave the local provider issuing invoices
  // not registered with the tax authority, unnoticed: name what is missing.
  if (env.SINVOICE_USERNAME || env.SINVOICE_PASSWORD) {
    if (!env.SINVOICE_USERNAME) problems.push("SINVOICE_USERNAME must be set with SINVOICE_PASSWORD (Viettel S-Invoice)")
    if (!env.SINVOICE_PASSWORD) problems.push("SINVOICE_PASSWORD must be set with SINVOICE_USERNAME (Viettel S-Invoice)")
    if (!env.SINVOICE_SUPPLIER_TAX_CODE && !env.OCOP_SELLER_TAX_CODE)
      problems.push("SINVOICE_SUPPLIER_TAX_CODE (or OCOP_SELLER_TAX_CODE) must be the seller's MST for Viettel S-Invoice")
  }
  if (env.SINVOICE_API_URL && !env.SINVOICE_API_URL.startsWith("https://")) {
    problems.push("SINVOICE_API_URL must be an https URL")
  }
  return problems
}

export function assertProductionSafe(env: Record<string, string | undefined>) {
  const problems = productionConfigProblems(env)
  if (problems.length) {
    throw new Error(
      `Refusing to start in production:\n- ${problems.join("\n- ")}`
    )
  }
}
