import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/** A statement's fields as both the office and the producer see them. */
export const STATEMENT_FIELDS = [
  "id",
  "producer_id",
  "period_start",
  "period_end",
  "status",
  "gross_online",
  "gross_counter",
  "refunds",
  "commission_rate_bp",
  "commission",
  "fees",
  "net_payable",
  "computed_at",
  "paid_at",
  "transfer_reference",
]

export const STATEMENT_LINE_FIELDS = [
  "lines.id",
  "lines.product_id",
  "lines.variant_id",
  "lines.title",
  "lines.channel",
  "lines.quantity",
  "lines.amount",
  "lines.refunds",
]

const AMOUNTS = [
  "gross_online",
  "gross_counter",
  "refunds",
  "commission",
  "fees",
  "net_payable",
]

/** Amounts as plain numbers of đồng (the ORM hands big numbers back as strings or objects). */
export function statementView<T extends Record<string, any>>(statement: T): T {
  const out: Record<string, any> = { ...statement }
  for (const key of AMOUNTS) out[key] = Number(statement[key] ?? 0)
  if (Array.isArray(statement.lines)) {
    out.lines = statement.lines.map((l: any) => ({
      ...l,
      amount: Number(l.amount ?? 0),
      refunds: Number(l.refunds ?? 0),
    }))
  }
  return out as T
}

/**
 * One statement with its lines; a 404 when it does not exist or, when `producerId`
 * is given, belongs to another producer (the portal never tells which).
 */
export async function retrieveStatement(
  scope: MedusaContainer,
  id: string,
  { producerId, fields = [] }: { producerId?: string; fields?: string[] } = {}
) {
  const {
    data: [statement],
  } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "settlement_statement",
    fields: [...STATEMENT_FIELDS, ...STATEMENT_LINE_FIELDS, ...fields],
    filters: { id, ...(producerId ? { producer_id: producerId } : {}) },
  })
  if (!statement) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Settlement statement ${id} was not found`
    )
  }
  return statementView(statement as any)
}
