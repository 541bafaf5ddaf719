import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { receiveVietQrTransferWorkflow } from "../../../../../../workflows/payment/receive-vietqr-transfer"
import type { AdminMarkVietQrReceivedType } from "./validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMarkVietQrReceivedType>,
  res: MedusaResponse
) => {
  const { result } = await receiveVietQrTransferWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      source: "admin",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ transfer: result })
}
