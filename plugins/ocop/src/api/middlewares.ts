import {
  authenticate,
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAttachCertification,
  AdminCreateCertification,
  AdminGetCertificationParams,
  AdminGetCertificationsParams,
  AdminRenewCertification,
  AdminRevokeCertification,
  AdminUpdateCertification,
} from "./admin/ocop/certifications/validators"
import {
  listCertificationsQueryConfig,
  retrieveCertificationQueryConfig,
} from "./admin/ocop/certifications/query-config"
import { AdminSetProductProducer } from "./admin/ocop/products/[id]/producer/validators"
import {
  AdminCreateProducer,
  AdminGetProducerParams,
  AdminGetProducersParams,
  AdminUpdateProducer,
} from "./admin/ocop/producers/validators"
import {
  listProducersQueryConfig,
  retrieveProducerQueryConfig,
} from "./admin/ocop/producers/query-config"
import { GetOcopCommunesParams } from "./store/ocop/communes/validators"
import {
  listOcopProductsQueryConfig,
  retrieveOcopProductQueryConfig,
} from "./store/ocop/products/query-config"
import {
  StoreGetOcopProductParams,
  StoreGetOcopProductsParams,
} from "./store/ocop/products/validators"
import { searchOcopProductsQueryConfig } from "./store/ocop/search/query-config"
import { StoreSearchOcopProductsParams } from "./store/ocop/search/validators"
import { OCOP_PRODUCT_INDEX } from "../queries/ocop-product-index"
import { publicOcopLinkFields } from "./store/public-link-fields"

import { AdminApproveCertification } from "./admin/ocop/certifications/[id]/approve/validators"
import { AdminRejectCertification } from "./admin/ocop/certifications/[id]/reject/validators"
import { AdminGetOcopDashboardParams } from "./admin/ocop/dashboard/validators"
import { listProducerMembersQueryConfig } from "./admin/ocop/producer-members/query-config"
import {
  AdminApproveProducerMember,
  AdminDeactivateProducerMember,
  AdminGetProducerMembersParams,
  AdminInviteProducerMember,
  AdminRejectProducerMember,
  AdminResendProducerInvitation,
  AdminRevokeProducerMember,
} from "./admin/ocop/producer-members/validators"
import { ProducerCreateAccount } from "./producer/account/validators"
import { AdminMarkVietQrReceived } from "./admin/ocop/orders/[id]/vietqr-received/validators"
import { HookReconcileVietQrTransfer } from "./hooks/vietqr/reconcile/validators"
import { StoreGetOcopOrderPaymentParams } from "./store/ocop/orders/[id]/payment/validators"
import { requireReconcileSecret } from "./hooks/vietqr/reconcile/require-reconcile-secret"
import { ProducerUpdateProfile } from "./producer/me/validators"
import {
  limitUploadRequest,
  parseUploadedFiles,
} from "./producer/uploads/upload-limits"
import { ProducerSubmitCertification } from "./producer/products/[id]/certifications/validators"
import {
  ProducerCreateListing,
  ProducerUpdateListing,
} from "./producer/products/validators"

import {
  AdminCreateSalesPoint,
  AdminCreateSalesPointStaff,
  AdminGetSalesPointsParams,
} from "./admin/ocop/sales-points/validators"
import {
  SalesPointAdjustStock,
  SalesPointCounterSale,
  SalesPointGetMovementsParams,
  SalesPointGetStockParams,
  SalesPointGetSummaryParams,
  SalesPointGetTransfersParams,
  SalesPointGetVariantsParams,
  SalesPointNoParams,
  SalesPointReceiveStock,
  SalesPointReceiveTransfer,
  SalesPointSendTransfer,
} from "./sales-point/validators"
import { StoreGetSalesPointsParams } from "./store/ocop/sales-points/validators"
import {
  ProducerCancelExperienceDate,
  ProducerGetExperiencesParams,
  ProducerMarkBookingAttended,
} from "./producer/experiences/validators"
import { StoreGetOcopOrderBookingsParams } from "./store/ocop/orders/[id]/bookings/validators"
import {
  StoreBookOcopExperience,
  StoreGetOcopExperienceParams,
  StoreGetOcopExperiencesParams,
} from "./store/ocop/experiences/validators"

// Sales point staff (the `sales_point_staff` actor): every /sales-point route.
const staffAuth = authenticate("sales_point_staff", ["session", "bearer"])
const pagedQuery = { defaults: [], isList: true }

// The producer portal's actor: a ProducerMember, signed in with email + password.
const producerAuth = authenticate("producer", ["session", "bearer"])

const communesQueryConfig = { defaults: [], isList: true }
const noQuery = { defaults: [], isList: false }

// Every OCOP route and its input checks, in one place. /admin/* routes get Medusa's
// admin authentication from core; /store/* routes require a publishable key.
export default defineMiddlewares({
  routes: [
    // Standard Medusa clients may ask any store route for the OCOP links, e.g.
    // /store/products?fields=+certifications.*,+producer.*: only public fields and
    // the office's record of certificates come back (api/store/public-link-fields.ts).
    {
      matcher: "/store/*",
      middlewares: [publicOcopLinkFields],
    },

    // Store
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

    // Admin: producers
    {
      matcher: "/admin/ocop/producers",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminGetProducersParams,
          listProducersQueryConfig
        ),
      ],
    },
    {
      matcher: "/admin/ocop/producers",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateProducer)],
    },
    {
      matcher: "/admin/ocop/producers/:id",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminGetProducerParams,
          retrieveProducerQueryConfig
        ),
      ],
    },
    {
      matcher: "/admin/ocop/producers/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateProducer)],
    },

    // Admin: certifications
    {
      matcher: "/admin/ocop/certifications",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminGetCertificationsParams,
          listCertificationsQueryConfig
        ),
      ],
    },
    {
      matcher: "/admin/ocop/certifications",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateCertification)],
    },
    {
      matcher: "/admin/ocop/certifications/:id",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminGetCertificationParams,
          retrieveCertificationQueryConfig
        ),
      ],
    },
    {
      matcher: "/admin/ocop/certifications/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateCertification)],
    },
    {
      matcher: "/admin/ocop/certifications/:id/revoke",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRevokeCertification)],
    },

    // Admin: a product's OCOP data
    {
      matcher: "/admin/ocop/products/:id/certifications",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminAttachCertification)],
    },
    {
      matcher: "/admin/ocop/products/:id/certifications/renew",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRenewCertification)],
    },
    {
      matcher: "/admin/ocop/products/:id/producer",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetProductProducer)],
    },
    {
      matcher: "/admin/ocop/communes",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(GetOcopCommunesParams, communesQueryConfig),
      ],
    },

    // Admin: programme dashboard
    {
      matcher: "/admin/ocop/dashboard",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminGetOcopDashboardParams, noQuery),
      ],
    },

    // Admin: review of producers' submissions
    {
      matcher: "/admin/ocop/certifications/:id/approve",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminApproveCertification)],
    },
    {
      matcher: "/admin/ocop/certifications/:id/reject",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRejectCertification)],
    },

    // Admin: producer portal accounts
    {
      matcher: "/admin/ocop/producer-members",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminGetProducerMembersParams,
          listProducerMembersQueryConfig
        ),
      ],
    },
    {
      matcher: "/admin/ocop/producers/:id/members",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminInviteProducerMember)],
    },
    {
      matcher: "/admin/ocop/producer-members/:id/approve",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminApproveProducerMember)],
    },
    {
      matcher: "/admin/ocop/producer-members/:id/reject",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRejectProducerMember)],
    },
    {
      matcher: "/admin/ocop/producer-members/:id/revoke",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRevokeProducerMember)],
    },
    {
      matcher: "/admin/ocop/producer-members/:id/deactivate",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminDeactivateProducerMember)],
    },
    {
      matcher: "/admin/ocop/producer-members/:id/resend",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminResendProducerInvitation)],
    },

    // Producer portal (decision 201): the producer actor only; staff, customer
    // and anonymous callers get a 401. /producer/account also takes a login
    // that has no member yet (registration).
    {
      matcher: "/producer/account",
      method: ["POST"],
      middlewares: [
        authenticate("producer", ["session", "bearer"], {
          allowUnregistered: true,
        }),
        validateAndTransformBody(ProducerCreateAccount),
      ],
    },
    {
      matcher: "/producer/me",
      method: ["GET"],
      middlewares: [producerAuth],
    },
    {
      matcher: "/producer/me",
      method: ["POST"],
      middlewares: [producerAuth, validateAndTransformBody(ProducerUpdateProfile)],
    },
    {
      matcher: "/producer/products",
      method: ["GET"],
      middlewares: [producerAuth],
    },
    {
      matcher: "/producer/products",
      method: ["POST"],
      middlewares: [producerAuth, validateAndTransformBody(ProducerCreateListing)],
    },
    {
      matcher: "/producer/products/:id",
      method: ["GET"],
      middlewares: [producerAuth],
    },
    {
      matcher: "/producer/products/:id",
      method: ["POST"],
      middlewares: [producerAuth, validateAndTransformBody(ProducerUpdateListing)],
    },
    {
      matcher: "/producer/products/:id/certifications",
      method: ["POST"],
      middlewares: [
        producerAuth,
        validateAndTransformBody(ProducerSubmitCertification),
      ],
    },
    {
      matcher: "/producer/certifications",
      method: ["GET"],
      middlewares: [producerAuth],
    },
    {
      matcher: "/producer/uploads",
      method: ["POST"],
      bodyParser: false,
      // Sized before the body is read, then parsed into memory with per-file limits.
      middlewares: [producerAuth, limitUploadRequest, parseUploadedFiles("files")],
    },
    {
      matcher: "/producer/inventory",
      method: ["GET"],
      middlewares: [producerAuth],
    },
    {
      matcher: "/producer/orders",
      method: ["GET"],
      middlewares: [producerAuth],
    },
    // Experiences' hosts (issue 9): bookings per date, the voucher check, cancelling a date.
    {
      matcher: "/producer/experiences",
      method: ["GET"],
      middlewares: [
        producerAuth,
        validateAndTransformQuery(ProducerGetExperiencesParams, noQuery),
      ],
    },
    {
      matcher: "/producer/experiences/:id",
      method: ["GET"],
      middlewares: [
        producerAuth,
        validateAndTransformQuery(ProducerGetExperiencesParams, noQuery),
      ],
    },
    {
      matcher: "/producer/experiences/:id/dates/:date/cancel",
      method: ["POST"],
      middlewares: [
        producerAuth,
        validateAndTransformBody(ProducerCancelExperienceDate),
      ],
    },
    {
      matcher: "/producer/experiences/bookings/:reference",
      method: ["GET"],
      middlewares: [
        producerAuth,
        validateAndTransformQuery(ProducerGetExperiencesParams, noQuery),
      ],
    },
    {
      matcher: "/producer/experiences/bookings/:reference/attended",
      method: ["POST"],
      middlewares: [
        producerAuth,
        validateAndTransformBody(ProducerMarkBookingAttended),
      ],
    },
    // Payments (README, "Payments"): the office marks a VietQR transfer received;
    // the bank-statement integration reconciles with its shared secret.
    {
      matcher: "/admin/ocop/orders/:id/vietqr-received",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminMarkVietQrReceived)],
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
      matcher: "/hooks/vietqr/reconcile",
      method: ["POST"],
      middlewares: [
        requireReconcileSecret,
        validateAndTransformBody(HookReconcileVietQrTransfer),
      ],
    },

    // Sales points: public list and availability, the office's management, and the
    // staff API. Every /sales-point route takes the staff actor only; routes under
    // /sales-point/points/:id answer 404 for a point the staff member does not work at.
    {
      matcher: "/store/ocop/sales-points",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(StoreGetSalesPointsParams, noQuery),
      ],
    },
    {
      matcher: "/admin/ocop/sales-points",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminGetSalesPointsParams, noQuery),
      ],
    },
    {
      matcher: "/admin/ocop/sales-points",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateSalesPoint)],
    },
    {
      matcher: "/admin/ocop/sales-points/:id",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(SalesPointNoParams, noQuery)],
    },
    {
      matcher: "/admin/ocop/sales-points/:id/staff",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(SalesPointNoParams, noQuery)],
    },
    {
      matcher: "/admin/ocop/sales-points/:id/staff",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateSalesPointStaff)],
    },
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
      matcher: "/sales-point/points/:id/movements",
      method: ["GET"],
      middlewares: [
        staffAuth,
        validateAndTransformQuery(SalesPointGetMovementsParams, pagedQuery),
      ],
    },
  ],
})
