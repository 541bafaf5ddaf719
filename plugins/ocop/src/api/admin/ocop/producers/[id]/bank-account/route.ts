import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SETTLEMENT_MODULE } from "../../../../../../modules/settlement"
import type SettlementModuleService from "../../../../../../modules/settlement/service"
import { setProducerBankAccountWorkflow } from "../../../../../../workflows/settlement/set-producer-bank-account"
import type { SetBankAccountType } from "../../../../../shared/validators/bank-account"

const view = (a: any) =>
  a
    ? { bank_bin: a.bank_bin, account_number: a.account_number, account_name: a.account_name }
    : null

/** The account the producer's statements are paid to, or null. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const [account] = await req.scope
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listProducerBankAccounts({ producer_id: req.params.id })
  res.json({ bank_account: view(account) })
}

/** Sets the producer's payout account (bank from the VietQR list, account number checked). */
export const POST = async (
  req: AuthenticatedMedusaRequest<SetBankAccountType>,
  res: MedusaResponse
) => {
  const { result } = await setProducerBankAccountWorkflow(req.scope).run({
    input: { producer_id: req.params.id, ...req.validatedBody },
  })
  res.json({ bank_account: view(result) })
}
