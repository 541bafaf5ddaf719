import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../../shared/query-config"
import { NoParams } from "../../../shared/validators/no-params"
import { StoreSetInvoiceRequest } from "../carts/[id]/invoice-request/validators"

// E-invoices (docs/e-invoices.md): a company invoice asked for at checkout, an order's
// invoices, and the printable invoice by its lookup code.
export const storeInvoiceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/ocop/carts/:id/invoice-request",
    method: ["GET", "DELETE"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/store/ocop/carts/:id/invoice-request",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreSetInvoiceRequest)],
  },
  {
    matcher: "/store/ocop/orders/:id/invoices",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/store/ocop/invoices/:code",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
]
