import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import { setProducerBankAccountWorkflow } from "../../../../workflows/settlement/set-producer-bank-account"
import type { SetBankAccountType } from "../../../shared/validators/bank-account"
import { currentProducerId } from "../../helpers"

const view = (a: any) =>
  a
    ? { bank_bin: a.bank_bin, account_number: a.account_number, account_name: a.account_name }
    : null

/** The account the programme pays this producer's statements to, or null. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const [account] = await req.scope
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listProducerBankAccounts({ producer_id: producerId })
  res.json({ bank_account: view(account) })
}

/** The producer sets its own payout account (bank from the VietQR list). */
export const POST = async (
  req: AuthenticatedMedusaRequest<SetBankAccountType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const { result } = await setProducerBankAccountWorkflow(req.scope).run({
    input: { producer_id: producerId, ...req.validatedBody },
  })
  res.json({ bank_account: view(result) })
}
