import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VietQrProviderOptions } from "./service"

/**
 * The bank account the VietQR payment provider is configured with, read from the
 * app's configuration (the payment module's `vietqr` provider): the counter shows
 * codes for the same account the web checkout uses, set in one place. Null when the
 * app has no VietQR provider.
 */
export function configuredVietQrAccount(container: {
  resolve: (key: string) => any
}): VietQrProviderOptions | null {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const modules = Object.values(config?.modules ?? {}) as any[]
  for (const module of modules) {
    const providers: any[] = module?.options?.providers ?? []
    const vietqr = providers.find(
      (p) => p?.id === "vietqr" && String(p?.resolve ?? "").includes("vietqr")
    )
    if (vietqr?.options?.bank_bin && vietqr?.options?.account_number) {
      return vietqr.options as VietQrProviderOptions
    }
  }
  return null
}
