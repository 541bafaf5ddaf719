import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../shared/query-config"
import { SetBankAccount } from "../../shared/validators/bank-account"
import { NoParams } from "../../shared/validators/no-params"
import { ProducerGetStatementsParams } from "./validators"

const producerAuth = authenticate("producer", ["session", "bearer"])

// Settlement in the portal: the producer's own statements and payout account.
export const producerSettlementMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer/statements",
    method: ["GET"],
    middlewares: [
      producerAuth,
      validateAndTransformQuery(ProducerGetStatementsParams, noQuery),
    ],
  },
  {
    matcher: "/producer/statements/:id",
    method: ["GET"],
    middlewares: [producerAuth, validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/producer/me/bank-account",
    method: ["GET"],
    middlewares: [producerAuth, validateAndTransformQuery(NoParams, noQuery)],
  },
  {
    matcher: "/producer/me/bank-account",
    method: ["POST"],
    middlewares: [producerAuth, validateAndTransformBody(SetBankAccount)],
  },
]
