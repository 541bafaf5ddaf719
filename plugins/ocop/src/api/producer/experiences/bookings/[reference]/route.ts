import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { hostBooking } from "./host-booking"

/** The voucher's target: a booking the host checks at the meeting point. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { booking } = await hostBooking(req)
  res.json({ booking })
}
