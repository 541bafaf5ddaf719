import { WalletPaymentProvider } from "../wallet/wallet-provider"
import type { MomoOptions } from "../wallet/wallet-options"
import { MomoClient } from "./momo-client"

/**
 * MoMo (pp_momo_momo: the MoMo app or its QR; pp_momo_atm: a domestic ATM card on
 * MoMo's gateway). Its IPN reaches /hooks/wallets/momo/ipn.
 */
export class MomoPaymentProviderService extends WalletPaymentProvider<MomoOptions> {
  static identifier = "momo"

  private client_: MomoClient

  constructor(cradle: Record<string, unknown>, options: MomoOptions) {
    super(cradle, options)
    this.client_ = new MomoClient(options)
  }

  protected client() {
    return this.client_
  }

  protected walletKey() {
    return this.options_.request_type === "payWithATM" ? "momo_atm" : "momo"
  }
}
