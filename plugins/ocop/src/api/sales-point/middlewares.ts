import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../shared/query-config"
import {
  SalesPointAdjustStock,
  SalesPointCounterSale,
  SalesPointCreateVietQr,
  SalesPointCloseShift,
  SalesPointGetShiftsParams,
  SalesPointOpenShift,
  SalesPointReturnLines,
  SalesPointGetLotsParams,
  SalesPointGetMovementsParams,
  SalesPointGetStockParams,
  SalesPointGetSummaryParams,
  SalesPointGetTransfersParams,
  SalesPointGetVariantsParams,
  SalesPointNoParams,
  SalesPointReceiveStock,
  SalesPointReceiveTransfer,
  SalesPointSendTransfer,
} from "./validators"

// Sales point staff (the `sales_point_staff` actor): every /sales-point route.
const staffAuth = authenticate("sales_point_staff", ["session", "bearer"])
const pagedQuery = { defaults: [], isList: true }

// The staff API. Every /sales-point route takes the staff actor only; routes under
// /sales-point/points/:id answer 404 for a point the staff member does not work at.
export const salesPointMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/sales-point/me",
    method: ["GET"],
    middlewares: [staffAuth, validateAndTransformQuery(SalesPointNoParams, noQuery)],
  },
  {
    matcher: "/sales-point/points",
    method: ["GET"],
    middlewares: [staffAuth, validateAndTransformQuery(SalesPointNoParams, noQuery)],
  },
  {
    matcher: "/sales-point/points/:id/stock",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointGetStockParams, pagedQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/variants",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointGetVariantsParams, pagedQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/receive",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointReceiveStock)],
  },
  {
    matcher: "/sales-point/points/:id/adjust",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointAdjustStock)],
  },
  {
    matcher: "/sales-point/points/:id/transfers",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointGetTransfersParams, pagedQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/transfers",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointSendTransfer)],
  },
  {
    matcher: "/sales-point/points/:id/transfers/:transfer_id/receive",
    method: ["POST"],
    middlewares: [
      staffAuth,
      validateAndTransformBody(SalesPointReceiveTransfer),
    ],
  },
  {
    matcher: "/sales-point/points/:id/sales",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointCounterSale)],
  },
  {
    matcher: "/sales-point/points/:id/shifts",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointGetShiftsParams, pagedQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/shifts",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointOpenShift)],
  },
  {
    matcher: "/sales-point/points/:id/shifts/:shift_id",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointNoParams, noQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/shifts/:shift_id/close",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointCloseShift)],
  },
  {
    matcher: "/sales-point/points/:id/vietqr",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointCreateVietQr)],
  },
  {
    matcher: "/sales-point/points/:id/vietqr/:qr_id",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointNoParams, noQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/sales/summary",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointGetSummaryParams, noQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/orders/:order_id",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointNoParams, noQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/orders/:order_id/returns",
    method: ["POST"],
    middlewares: [staffAuth, validateAndTransformBody(SalesPointReturnLines)],
  },
  {
    matcher: "/sales-point/points/:id/lots",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointGetLotsParams, pagedQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/lots/:lot_id",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointNoParams, noQuery),
    ],
  },
  {
    matcher: "/sales-point/points/:id/movements",
    method: ["GET"],
    middlewares: [
      staffAuth,
      validateAndTransformQuery(SalesPointGetMovementsParams, pagedQuery),
    ],
  },
]
