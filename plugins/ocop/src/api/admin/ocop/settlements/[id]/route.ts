import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../../../modules/settlement"
import { VIETQR_BANKS } from "../../../../../modules/settlement/rules/bank-account"
import type SettlementModuleService from "../../../../../modules/settlement/service"
import { updateSettlementStatementWorkflow } from "../../../../../workflows/settlement/update-settlement-statement"
import { retrieveStatement } from "../../../../shared/settlement-statements"
import type { AdminUpdateSettlementType } from "../validators"

/** One statement with its lines, its producer and the account to pay it to. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const statement = await retrieveStatement(req.scope, req.params.id, {
    fields: ["producer.id", "producer.name", "producer.handle"],
  })
  const [account] = await req.scope
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listProducerBankAccounts({ producer_id: statement.producer_id })
  res.json({
    statement,
    bank_account: account
      ? {
          bank_bin: account.bank_bin,
          bank_name: VIETQR_BANKS[account.bank_bin] ?? account.bank_bin,
          account_number: account.account_number,
          account_name: account.account_name,
        }
      : null,
  })
}

/** Sets the fees charged on a draft; 409 once the statement is paid. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSettlementType>,
  res: MedusaResponse
) => {
  await updateSettlementStatementWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ statement: await retrieveStatement(req.scope, req.params.id) })
}
