import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../modules/sales-point/service"
import { listSalesPoints } from "../../../../../queries/sales-points"
import { sendSalesPointTransferWorkflow } from "../../../../../workflows/sales-point/send-sales-point-transfer"
import { staffPoint } from "../../../helpers"
import { respondOnce } from "../../../idempotency"
import type {
  SalesPointGetTransfersParamsType,
  SalesPointSendTransferType,
} from "../../../validators"

/** Transfers from or to this point, newest first; `status=in_transit` is what is on the road. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetTransfersParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const { direction, status, limit, offset } = req.validatedQuery
  const sides = {
    incoming: [{ to_sales_point_id: point.id }],
    outgoing: [{ from_sales_point_id: point.id }],
  }
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const [transfers, count] = await ocop.listAndCountSalesPointTransfers(
    {
      $or: direction
        ? sides[direction]
        : [...sides.incoming, ...sides.outgoing],
      ...(status ? { status } : {}),
    },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ transfers, count, limit, offset })
}

/** Sends goods to another point: they leave this point now and are in transit. */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointSendTransferType>,
  res: MedusaResponse
) => {
  const { staff, point, context } = await staffPoint(req)
  const { to_sales_point_id } = req.validatedBody
  if (to_sales_point_id === point.id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "to_sales_point_id: cannot transfer to the same sales point"
    )
  }
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [destination] = await listSalesPoints(knex, { id: [to_sales_point_id] })
  if (!destination) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `to_sales_point_id: sales point ${to_sales_point_id} was not found`
    )
  }
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await sendSalesPointTransferWorkflow(req.scope).run({
      input: { ...context, ...req.validatedBody },
    })
    return { transfers: result }
  })
}
