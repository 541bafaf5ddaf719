import { WalletPaymentProvider } from "../wallet/wallet-provider"
import type { VnpayOptions } from "../wallet/wallet-options"
import { VnpayClient } from "./vnpay-client"

/** VNPay (pp_vnpay_vnpay): the shopper pays on VNPay's page; its IPN reaches /hooks/wallets/vnpay/ipn. */
export class VnpayPaymentProviderService extends WalletPaymentProvider<VnpayOptions> {
  static identifier = "vnpay"

  private client_: VnpayClient

  constructor(cradle: Record<string, unknown>, options: VnpayOptions) {
    super(cradle, options)
    this.client_ = new VnpayClient(options)
  }

  protected client() {
    return this.client_
  }

  protected walletKey() {
    return "vnpay"
  }
}
