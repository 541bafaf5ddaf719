import { createContext, useContext } from "react"

/**
 * The response's CSP nonce, given by entry.server to the server render only. In the
 * browser it is "": browsers hide a nonce from the DOM once the page is parsed, and
 * scripts Remix adds later are loaded by already trusted ones ('strict-dynamic').
 */
const NonceContext = createContext("")

export const NonceProvider = NonceContext.Provider

export function useNonce(): string {
  return useContext(NonceContext)
}
