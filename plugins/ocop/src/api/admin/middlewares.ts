import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../shared/query-config"
import { GetOcopCommunesParams } from "../shared/validators/communes"
import { NoParams } from "../shared/validators/no-params"
import {
  AdminAttachCertification,
  AdminCreateCertification,
  AdminGetCertificationParams,
  AdminGetCertificationsParams,
  AdminRenewCertification,
  AdminRevokeCertification,
  AdminUpdateCertification,
} from "./ocop/certifications/validators"
import {
  listCertificationsQueryConfig,
  retrieveCertificationQueryConfig,
} from "./ocop/certifications/query-config"
import { AdminSetProductProducer } from "./ocop/products/[id]/producer/validators"
import {
  AdminCreateProducer,
  AdminGetProducerParams,
  AdminGetProducersParams,
  AdminUpdateProducer,
} from "./ocop/producers/validators"
import {
  listProducersQueryConfig,
  retrieveProducerQueryConfig,
} from "./ocop/producers/query-config"
import { AdminApproveCertification } from "./ocop/certifications/[id]/approve/validators"
import { AdminRejectCertification } from "./ocop/certifications/[id]/reject/validators"
import { AdminGetOcopDashboardParams } from "./ocop/dashboard/validators"
import { listProducerMembersQueryConfig } from "./ocop/producer-members/query-config"
import {
  AdminApproveProducerMember,
  AdminGetProducerMembersParams,
  AdminInviteProducerMember,
  AdminRejectProducerMember,
  AdminDeactivateProducerMember,
  AdminResendProducerInvitation,
  AdminRevokeProducerMember,
} from "./ocop/producer-members/validators"
import { AdminMarkVietQrReceived } from "./ocop/orders/[id]/vietqr-received/validators"
import { AdminQueryWalletPayment } from "./ocop/orders/[id]/wallet-query/validators"
import { AdminGetSalesPointShiftsParams } from "./ocop/sales-point-shifts/validators"
import {
  AdminCreateSalesPoint,
  AdminCreateSalesPointStaff,
  AdminGetSalesPointsParams,
  AdminRemoveSalesPointStaff,
} from "./ocop/sales-points/validators"
import { adminSettlementMiddlewares } from "./ocop/settlements/middlewares"
import { setCarrierCodAmount } from "./orders/[id]/fulfillments/carrier-cod-amount"
import { AdminImportCodStatement } from "./ocop/cod-statements/validators"
import { AdminImportCodStatementCsv } from "./ocop/cod-statements/csv/validators"
import { AdminGetCodRemittancesParams } from "./ocop/cod-remittances/validators"
import { adminProductReviewMiddlewares } from "./ocop/product-reviews/middlewares"
import { adminInvoiceMiddlewares } from "./ocop/invoices/middlewares"
import { adminShopPageMiddlewares } from "./ocop/shop-pages/middlewares"

const communesQueryConfig = { defaults: [], isList: true }

// /admin/ocop/*: Medusa's admin authentication comes from core.
export const adminMiddlewares: MiddlewareRoute[] = [
  // Medusa's own route: carrier providers learn the cash to collect (docs/carriers.md).
  {
    matcher: "/admin/orders/:id/fulfillments",
    method: ["POST"],
    middlewares: [setCarrierCodAmount],
  },
  // Admin: carriers' cash-on-delivery statements (docs/carriers.md)
  {
    matcher: "/admin/ocop/cod-statements",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminImportCodStatement)],
  },
  {
    // The CSV export uploaded from Admin: JSON-escaped, 1 MB of text fits in 2 MB.
    matcher: "/admin/ocop/cod-statements/csv",
    method: ["POST"],
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [validateAndTransformBody(AdminImportCodStatementCsv)],
  },
  {
    matcher: "/admin/ocop/cod-remittances",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetCodRemittancesParams, noQuery)],
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
  // Payments (docs/payments.md): the office marks a VietQR transfer received.
  {
    matcher: "/admin/ocop/orders/:id/vietqr-received",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminMarkVietQrReceived)],
  },
  // …and asks a wallet how an order's payment stands (docs/wallets.md).
  {
    matcher: "/admin/ocop/orders/:id/wallet-query",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminQueryWalletPayment)],
  },
  // Admin: every sales point's till shifts and their reports
  {
    matcher: "/admin/ocop/sales-point-shifts",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetSalesPointShiftsParams, {
        defaults: [],
        isList: true,
      }),
    ],
  },
  // Admin: sales points and their staff
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
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/sales-points/:id/staff",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/admin/ocop/sales-points/:id/staff",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateSalesPointStaff)],
  },
  {
    matcher: "/admin/ocop/sales-points/:id/staff/:staff_id",
    method: ["DELETE"],
    middlewares: [
      validateAndTransformQuery(NoParams, noQuery),
      validateAndTransformBody(AdminRemoveSalesPointStaff),
    ],
  },
  ...adminSettlementMiddlewares,
  ...adminProductReviewMiddlewares,
  ...adminInvoiceMiddlewares,
  ...adminShopPageMiddlewares,
]
