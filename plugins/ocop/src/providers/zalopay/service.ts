import { WalletPaymentProvider } from "../wallet/wallet-provider"
import type { ZaloPayOptions } from "../wallet/wallet-options"
import { ZaloPayClient } from "./zalopay-client"

/** ZaloPay (pp_zalopay_zalopay): its callback reaches /hooks/wallets/zalopay/callback. */
export class ZaloPayPaymentProviderService extends WalletPaymentProvider<ZaloPayOptions> {
  static identifier = "zalopay"

  private client_: ZaloPayClient

  constructor(cradle: Record<string, unknown>, options: ZaloPayOptions) {
    super(cradle, options)
    this.client_ = new ZaloPayClient(options)
  }

  protected client() {
    return this.client_
  }

  protected walletKey() {
    return "zalopay"
  }
}
