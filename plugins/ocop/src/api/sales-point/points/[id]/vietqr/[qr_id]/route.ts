import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../modules/sales-point/service"
import { configuredVietQrAccount } from "../../../../../../providers/vietqr/configured-account"
import { encodeVietQr } from "../../../../../../providers/vietqr/vietqr-payload"
import { staffPoint } from "../../../../helpers"

/**
 * A counter VietQR code of this point: its payload to show again, and whether it
 * has been paid (the bank's statement matched it) or used by a sale.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const [code] = await req.scope
    .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    .listSalesPointPayments(
      {
        id: req.params.qr_id,
        sales_point_id: point.id,
        method: "vietqr",
      },
      {
        select: [
          "id",
          "amount",
          "reference",
          "status",
          "confirmed_by",
          "order_id",
        ],
        take: 1,
      }
    )
  if (!code) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `qr_id: VietQR code ${req.params.qr_id} was not found at this sales point`
    )
  }
  // The code drawn again from its memo and amount, for a console that reloads.
  const account = configuredVietQrAccount(req.scope)
  const amount = Number(code.amount)
  res.json({
    vietqr: {
      ...code,
      amount,
      account_name: account?.account_name ?? null,
      illustrative: Boolean(account?.illustrative),
      payload: account
        ? encodeVietQr({
            bankBin: account.bank_bin,
            accountNumber: account.account_number,
            amount,
            purpose: code.reference!,
          })
        : null,
    },
  })
}
