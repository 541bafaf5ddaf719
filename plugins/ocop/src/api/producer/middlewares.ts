import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../shared/query-config"
import { ProducerCreateAccount } from "./account/validators"
import { ProducerRecordStock } from "./inventory/validators"
import { ProducerUpdateProfile } from "./me/validators"
import { producerSettlementMiddlewares } from "./statements/middlewares"
import { producerReviewMiddlewares } from "./reviews/middlewares"
import { limitUploadRequest, parseUploadedFiles } from "../shared/uploads/upload-limits"
import { ProducerSubmitCertification } from "./products/[id]/certifications/validators"
import {
  ProducerCreateListing,
  ProducerUpdateListing,
} from "./products/validators"
import {
  ProducerPackOrderLines,
  ProducerShipFulfillment,
} from "./orders/validators"
import {
  ProducerCancelExperienceDate,
  ProducerGetExperiencesParams,
  ProducerMarkBookingAttended,
} from "./experiences/validators"

// The producer portal's actor: a ProducerMember, signed in with email + password.
const producerAuth = authenticate("producer", ["session", "bearer"])

export const producerMiddlewares: MiddlewareRoute[] = [

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
    matcher: "/producer/inventory",
    method: ["POST"],
    middlewares: [producerAuth, validateAndTransformBody(ProducerRecordStock)],
  },
  {
    matcher: "/producer/orders",
    method: ["GET"],
    middlewares: [producerAuth],
  },
  // Packing and shipping the producer's own lines (issue 15).
  {
    matcher: "/producer/orders/:id/fulfillments",
    method: ["POST"],
    middlewares: [producerAuth, validateAndTransformBody(ProducerPackOrderLines)],
  },
  {
    matcher: "/producer/orders/:id/fulfillments/:fulfillment_id/shipment",
    method: ["POST"],
    middlewares: [
      producerAuth,
      validateAndTransformBody(ProducerShipFulfillment),
    ],
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
  ...producerSettlementMiddlewares,
  ...producerReviewMiddlewares,
]
