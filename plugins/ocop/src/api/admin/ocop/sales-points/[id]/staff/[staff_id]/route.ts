import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { removeSalesPointStaffWorkflow } from "../../../../../../../workflows/sales-point/remove-sales-point-staff"

/**
 * Takes this point away from a staff member; their tokens stop reaching it at once.
 * Their login and any other points stay.
 */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await removeSalesPointStaffWorkflow(req.scope).run({
    input: { sales_point_id: req.params.id, staff_id: req.params.staff_id },
  })
  res.json({
    id: result.id,
    object: "sales_point_staff",
    sales_point_id: req.params.id,
    removed: true,
    sales_point_ids: result.sales_point_ids,
  })
}
