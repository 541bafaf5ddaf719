import { json, type ActionFunctionArgs } from "@remix-run/node"
import { z } from "zod"
import { signedOutAnswer } from "~/components/sales-point/offline/signed-out-answer.server"
import { sellAtCounter, StaffInputError } from "~/lib/data/sales-point-api.server"
import { withStaffToken } from "~/lib/staff-session.server"

const dong = z.number().int().min(0).max(2_000_000_000)

// What the console's offline queue sends (queue-rules.ts replayBody); the API checks it all again.
const QueuedSaleBody = z
  .object({
    key: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, "key: expected 8 to 100 letters, digits, '-' or '_'"),
    sold_at: z.string().datetime(),
    items: z
      .array(z.object({ variant_id: z.string().min(1).max(100), quantity: z.number().int().min(1).max(100_000) }).strict())
      .min(1)
      .max(100),
    payments: z
      .array(
        z.discriminatedUnion("method", [
          z.object({ method: z.literal("cash"), amount: dong, tendered: dong }).strict(),
          z.object({ method: z.literal("card_at_counter"), amount: dong, reference: z.string().max(40).nullable() }).strict(),
        ])
      )
      .min(1)
      .max(2),
  })
  .strict()

/**
 * Replays one sale the console queued while offline (decision 404): the same API call
 * as the sell page's, under the key the sale was queued with, so a sale sent twice is
 * recorded once. Answers JSON for the queue: 200 recorded (with the order), 422
 * refused (the API's reason, which names the line, and the short lines' figures), 401 signed out; anything else
 * leaves the sale queued for the next try.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const parsed = QueuedSaleBody.safeParse(await request.json().catch(() => null))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return json({ status: "refused", message: `${issue.path.join(".") || "body"}: ${issue.message}` }, { status: 422 })
  }
  const { key, items, payments } = parsed.data
  try {
    const { sale } = await withStaffToken(request, (token) => sellAtCounter(token, params.pointId!, { items, payments }, key))
    return json({ status: "recorded", order_id: sale.order_id })
  } catch (error) {
    if (error instanceof StaffInputError) return json({ status: "refused", message: error.message, shortfalls: error.shortfalls }, { status: 422 })
    return signedOutAnswer(error)
  }
}
