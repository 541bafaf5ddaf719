import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { codAmountDue } from "../../../../../queries/cod-amount-due"

/**
 * Carrier providers (GHN, GHTK) need the cash to collect when Admin creates a
 * fulfilment; Medusa hands the provider the request's additional_data, so the
 * server sets it here from the order's payments, over anything the client sent.
 */
export async function setCarrierCodAmount(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const amount = await codAmountDue(query, req.params.id)
    // Core's body validator may run before or after this middleware: set both.
    for (const body of [req.body, (req as any).validatedBody] as any[]) {
      if (body && typeof body === "object")
        body.additional_data = {
          ...(body.additional_data ?? {}),
          ocop_cod_amount: amount,
        }
    }
    next()
  } catch (error) {
    next(error)
  }
}
