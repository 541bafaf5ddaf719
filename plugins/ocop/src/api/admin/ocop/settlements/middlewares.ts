import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../../shared/query-config"
import { SetBankAccount } from "../../../shared/validators/bank-account"
import { NoParams } from "../../../shared/validators/no-params"
import { listSettlementsQueryConfig } from "./query-config"
import {
  AdminGenerateSettlements,
  AdminGetSettlementsParams,
  AdminMarkSettlementPaid,
  AdminSetSettlementSettings,
  AdminUpdateSettlement,
} from "./validators"

// Settlement: producers' statements, the commission rate, producers' payout accounts.
export const adminSettlementMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/settlements",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetSettlementsParams,
        listSettlementsQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/ocop/settlements/generate",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminGenerateSettlements)],
  },
  {
    matcher: "/admin/ocop/settlements/:id",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/settlements/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateSettlement)],
  },
  {
    matcher: "/admin/ocop/settlements/:id/paid",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminMarkSettlementPaid)],
  },
  {
    matcher: "/admin/ocop/settlements/:id/vietqr",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/settlement-settings",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/settlement-settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetSettlementSettings)],
  },
  {
    matcher: "/admin/ocop/producers/:id/bank-account",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/producers/:id/bank-account",
    method: ["POST"],
    middlewares: [validateAndTransformBody(SetBankAccount)],
  },
]
