import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setProductProducerWorkflow } from "../../../../../../workflows/producer/set-product-producer"
import type { AdminSetProductProducerType } from "./validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetProductProducerType>,
  res: MedusaResponse
) => {
  const { result } = await setProductProducerWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      producer_id: req.validatedBody.producer_id,
    },
  })
  res.json(result)
}
