import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../../shared/query-config"
import {
  StoreAddOcopWishlistItem,
  StoreGetOcopWishlistParams,
  StoreMergeOcopWishlist,
  StoreRemoveOcopWishlistItemParams,
} from "./validators"

// Every wishlist route is the signed-in customer's own list: the customer id comes
// from the session or token, never from the request.
const customerAuth = authenticate("customer", ["session", "bearer"])

export const storeWishlistMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/ocop/wishlist",
    method: ["GET"],
    middlewares: [
      customerAuth,
      validateAndTransformQuery(StoreGetOcopWishlistParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/wishlist/ids",
    method: ["GET"],
    middlewares: [
      customerAuth,
      validateAndTransformQuery(StoreGetOcopWishlistParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/wishlist/items",
    method: ["POST"],
    middlewares: [customerAuth, validateAndTransformBody(StoreAddOcopWishlistItem)],
  },
  {
    matcher: "/store/ocop/wishlist/items/:product_id",
    method: ["DELETE"],
    middlewares: [
      customerAuth,
      validateAndTransformQuery(StoreRemoveOcopWishlistItemParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/wishlist/merge",
    method: ["POST"],
    middlewares: [customerAuth, validateAndTransformBody(StoreMergeOcopWishlist)],
  },
]
