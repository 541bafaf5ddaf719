import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import QRCode from "qrcode"
import { SETTLEMENT_MODULE } from "../../../../../../modules/settlement"
import { VIETQR_BANKS } from "../../../../../../modules/settlement/rules/bank-account"
import { periodOf } from "../../../../../../modules/settlement/rules/settlement-period"
import type SettlementModuleService from "../../../../../../modules/settlement/service"
import { encodeVietQr } from "../../../../../../providers/vietqr/vietqr-payload"
import { retrieveStatement } from "../../../../../shared/settlement-statements"

/**
 * The VietQR code the office scans in its banking app to pay a statement: a transfer
 * of the net payable to the producer's own account, the memo naming the statement.
 * 400 when there is nothing to pay or the producer has no account on its profile.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const statement = await retrieveStatement(req.scope, req.params.id)
  const [account] = await req.scope
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listProducerBankAccounts({ producer_id: statement.producer_id })
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "bank_account: the producer has no bank account on its profile"
    )
  }
  if (statement.net_payable <= 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "net_payable: nothing to pay on this statement"
    )
  }
  // Memo without diacritics or punctuation (banking apps mangle them): period + id tail.
  const purpose = `OCOP ${periodOf(new Date(statement.period_start)).replace("-", "")} ${statement.id.slice(-8).toUpperCase()}`
  const payload = encodeVietQr({
    bankBin: account.bank_bin,
    accountNumber: account.account_number,
    amount: statement.net_payable,
    purpose,
  })
  res.json({
    vietqr: {
      payload,
      amount: statement.net_payable,
      purpose,
      bank_bin: account.bank_bin,
      bank_name: VIETQR_BANKS[account.bank_bin] ?? account.bank_bin,
      account_number: account.account_number,
      account_name: account.account_name,
      qr_svg: await QRCode.toString(payload, { type: "svg", margin: 1 }),
    },
  })
}
