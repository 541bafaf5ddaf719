import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import { setSettlementCommissionRateWorkflow } from "../../../../workflows/settlement/set-settlement-commission-rate"
import type { AdminSetSettlementSettingsType } from "../settlements/validators"

/** The commission rate statements are computed with (0 until the office sets one). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const [setting] = await req.scope
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listSettlementSettings({}, { take: 1 })
  res.json({
    settings: { commission_rate_bp: setting?.commission_rate_bp ?? 0 },
  })
}

/** Sets the commission rate; statements already computed keep theirs. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetSettlementSettingsType>,
  res: MedusaResponse
) => {
  const { result } = await setSettlementCommissionRateWorkflow(req.scope).run({
    input: {
      commission_rate_bp: req.validatedBody.commission_rate_bp,
      updated_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ settings: { commission_rate_bp: result.commission_rate_bp } })
}
