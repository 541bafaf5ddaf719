import type {
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { verifyOrderAccess } from "../order-access"
import { orderAccessSecret } from "../order-access-secret"
import type { StoreOpenOcopOrderAccessType } from "./validators"

/** Which order a pass from the lookup opens, while it lasts; a forged or ended pass opens none. */
export const POST = async (
  req: MedusaRequest<StoreOpenOcopOrderAccessType>,
  res: MedusaResponse
) => {
  const access = verifyOrderAccess(
    req.validatedBody.token,
    orderAccessSecret(req.scope),
    new Date()
  )
  if (!access) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "token: this order link has ended or is not valid; look the order up again"
    )
  }
  res.json(access)
}
