/**
 * What the browser build gets for `turbo-stream` (vite.config.ts). Remix's browser runtime
 * imports its decoder (and, through the server runtime's single-fetch module, its encoder)
 * for single fetch, which this shop leaves off (future.v3_singleFetch), so neither is ever
 * called. Should single fetch be turned on without removing the stub, the first navigation
 * says why it cannot read the answer.
 */
function leftOut(): never {
  throw new Error("turbo-stream is left out of the browser build while future.v3_singleFetch is off (storefront/vite.config.ts)")
}

export const decode = leftOut
export const encode = leftOut
