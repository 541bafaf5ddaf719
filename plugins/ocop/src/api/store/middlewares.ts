import {
  configureStoreSearch,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { OCOP_PRODUCT_INDEX } from "../../search/ocop-product-index"
import { noQuery } from "../shared/query-config"
import { publicOcopLinkFields } from "./public-link-fields"
import { GetOcopCommunesParams } from "../shared/validators/communes"
import {
  listOcopProductsQueryConfig,
  retrieveOcopProductQueryConfig,
} from "./ocop/products/query-config"
import {
  StoreGetOcopProductParams,
  StoreGetOcopProductsParams,
} from "./ocop/products/validators"
import { StoreGetOcopProductLotParams } from "./ocop/products/[handle]/lots/[code]/validators"
import { searchOcopProductsQueryConfig } from "./ocop/search/query-config"
import { StoreSearchOcopProductsParams } from "./ocop/search/validators"
import { StoreGetOcopOrderPaymentParams } from "./ocop/orders/[id]/payment/validators"
import { storeInvoiceMiddlewares } from "./ocop/invoices/middlewares"
import { StoreGetSalesPointsParams } from "./ocop/sales-points/validators"
import { StoreGetOcopOrderBookingsParams } from "./ocop/orders/[id]/bookings/validators"
import { StoreGetOcopOrderShipmentsParams } from "./ocop/orders/[id]/shipments/validators"
import { StoreLookupOcopOrder } from "./ocop/orders/lookup/validators"
import { StoreOpenOcopOrderAccess } from "./ocop/orders/access/validators"
import { StoreGetOcopCartShipmentsParams } from "./ocop/carts/[id]/shipments/validators"
import {
  StoreBookOcopExperience,
  StoreGetOcopExperienceParams,
  StoreGetOcopExperiencesParams,
} from "./ocop/experiences/validators"

import { storeReviewMiddlewares } from "./ocop/reviews/middlewares"
import { storeWishlistMiddlewares } from "./ocop/wishlist/middlewares"
import { StoreGetOcopFreeShippingParams } from "./ocop/free-shipping/validators"
import { StoreGetShopPageParams } from "./ocop/shop-pages/validators"

const communesQueryConfig = { defaults: [], isList: true }

// /store/*: core requires a publishable key.
export const storeMiddlewares: MiddlewareRoute[] = [

  // Standard Medusa clients may ask any store route for the OCOP links, e.g.
  // /store/products?fields=+certifications.*,+producer.*: only public fields and
  // the office's record of certificates come back (store/public-link-fields.ts).
  {
    matcher: "/store/*",
    middlewares: [publicOcopLinkFields],
  },

  // Store
  {
    // Rate-limited per client address by the app (backend/src/api/middlewares.ts).
    matcher: "/store/ocop/orders/lookup",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreLookupOcopOrder)],
  },
  {
    matcher: "/store/ocop/orders/access",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreOpenOcopOrderAccess)],
  },
  {
    matcher: "/store/ocop/products",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        StoreGetOcopProductsParams,
        listOcopProductsQueryConfig
      ),
    ],
  },
  {
    matcher: "/store/ocop/search",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        StoreSearchOcopProductsParams,
        searchOcopProductsQueryConfig
      ),
    ],
  },
  // Medusa's InstantSearch-compatible POST /store/search may query the OCOP
  // index; core narrows it to published products of the key's sales channels.
  {
    matcher: "/store/search",
    method: ["POST"],
    middlewares: [
      configureStoreSearch({ allowed_indexes: { [OCOP_PRODUCT_INDEX]: true } }),
    ],
  },
  {
    matcher: "/store/ocop/products/:handle/lots/:code",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetOcopProductLotParams, noQuery)],
  },
  {
    matcher: "/store/ocop/products/:handle",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        StoreGetOcopProductParams,
        retrieveOcopProductQueryConfig
      ),
    ],
  },
  {
    matcher: "/store/ocop/shop-pages/:slug",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetShopPageParams, noQuery)],
  },
  {
    matcher: "/store/ocop/experiences",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopExperiencesParams, {
        defaults: [],
        isList: true,
      }),
    ],
  },
  {
    matcher: "/store/ocop/experiences/:handle",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopExperienceParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/experiences/:handle/book",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreBookOcopExperience)],
  },
  {
    matcher: "/store/ocop/producers/:id",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopProductParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/provinces",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopProductParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/communes",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(GetOcopCommunesParams, communesQueryConfig),
    ],
  },
  {
    matcher: "/store/ocop/orders/:id/payment",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopOrderPaymentParams, {
        defaults: ["id"],
        isList: false,
      }),
    ],
  },
  {
    matcher: "/store/ocop/orders/:id/bookings",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopOrderBookingsParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/orders/:id/shipments",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopOrderShipmentsParams, noQuery),
    ],
  },
  {
    matcher: "/store/ocop/carts/:id/shipments",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopCartShipmentsParams, noQuery),
    ],
  },

  // Sales points: public list and availability.
  {
    matcher: "/store/ocop/sales-points",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetSalesPointsParams, noQuery),
    ],
  },

  // Promotions (issue 20): the free-delivery threshold the cart shows.
  {
    matcher: "/store/ocop/free-shipping",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreGetOcopFreeShippingParams, noQuery),
    ],
  },

  // Reviews (issue 20): signed-in buyers write them; the product page reads them.
  ...storeReviewMiddlewares,
  // Wishlists (issue 20): the signed-in shopper's own list.
  ...storeWishlistMiddlewares,
  ...storeInvoiceMiddlewares,
]
