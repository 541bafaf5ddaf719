import { redirect, type LoaderFunctionArgs } from "@remix-run/node"
import { getSession } from "~/lib/session.server"

/**
 * Where VNPay, MoMo and ZaloPay send the shopper back. What the wallet appends to
 * the URL (vnp_ResponseCode, resultCode, status…) is the browser's word, not the
 * wallet's: the order page shows what the wallet's IPN told the backend, and says
 * "đang chờ xác nhận" until it has.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request)
  const latest = (session.get("orderIds") ?? [])[0]
  return redirect(latest ? `/orders/${latest}/confirmed` : "/account")
}
