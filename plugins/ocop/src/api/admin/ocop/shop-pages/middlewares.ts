import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../../shared/query-config"
import { AdminGetShopPagesParams, AdminUpdateShopPage } from "./validators"

// Policy pages: the office reads the four and rewrites one at a time.
export const adminShopPageMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/shop-pages",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetShopPagesParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/shop-pages/:slug",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateShopPage)],
  },
]
