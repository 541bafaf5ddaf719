// Not a provider itself: what the wallet providers, Medusa's config and the IPN routes share.
export * from "./wallet-options"
export * from "./wallet-client"
export * from "./wallet-provider"
