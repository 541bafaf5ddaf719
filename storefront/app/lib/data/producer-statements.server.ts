import { FetchError } from "@medusajs/js-sdk"
import { authHeaders, sdk } from "../medusa.server"
import { ProducerUnauthorizedError } from "./producer-api.server"

export type ProducerStatementLine = {
  id: string
  title: string
  channel: "online" | "counter"
  quantity: number
  amount: number
  refunds: number
}

/** A producer's statement for one month; amounts in integer đồng. */
export type ProducerStatement = {
  id: string
  period_start: string
  period_end: string
  status: "draft" | "paid"
  gross_online: number
  gross_counter: number
  refunds: number
  commission_rate_bp: number
  commission: number
  fees: number
  net_payable: number
  paid_at: string | null
  transfer_reference: string | null
  producer?: { name: string } | null
  lines?: ProducerStatementLine[]
}

function translate(error: unknown): unknown {
  if (error instanceof FetchError && error.status === 401) return new ProducerUnauthorizedError(error.message)
  return error
}

/** GET /producer/statements: the signed-in producer's statements, newest first. */
export async function listProducerStatements(token: string): Promise<ProducerStatement[]> {
  try {
    const { statements } = await sdk.client.fetch<{ statements: ProducerStatement[] }>("/producer/statements", {
      query: { limit: 120 },
      headers: authHeaders(token),
    })
    return statements
  } catch (error) {
    throw translate(error)
  }
}

/** GET /producer/statements/:id: one of its statements with lines, or null (unknown or another producer's). */
export async function getProducerStatement(token: string, id: string): Promise<ProducerStatement | null> {
  try {
    const { statement } = await sdk.client.fetch<{ statement: ProducerStatement }>(
      `/producer/statements/${encodeURIComponent(id)}`,
      { headers: authHeaders(token) }
    )
    return statement
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw translate(error)
  }
}
