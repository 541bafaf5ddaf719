import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../../shared/query-config"
import { AdminAdjustInvoice, AdminGetInvoicesParams, AdminReissueInvoice, AdminReplaceInvoice } from "./validators"

// E-invoices (docs/e-invoices.md): the office lists them, reissues failed ones, replaces or adjusts issued ones.
export const adminInvoiceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/invoices",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetInvoicesParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/invoices/:id/reissue",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminReissueInvoice)],
  },
  {
    matcher: "/admin/ocop/invoices/:id/replace",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminReplaceInvoice)],
  },
  {
    matcher: "/admin/ocop/invoices/:id/adjust",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAdjustInvoice)],
  },
]
