import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PARCEL_TRACKING_MODULE,
  type ParcelTrackingModuleService,
} from "../../../modules/parcel-tracking"

export type CodStatementInput = {
  carrier: "ghn" | "ghtk"
  statement_ref: string
  lines: { tracking_code: string; amount: number }[]
}

export type MatchedCodLine = {
  carrier: "ghn" | "ghtk"
  statement_ref: string
  tracking_code: string
  fulfillment_id: string | null
  order_id: string | null
  amount: number
  expected: number | null
  outcome: "exact" | "short" | "over" | "unknown" | "duplicate"
}

const PROVIDER = { ghn: "ghn_ghn", ghtk: "ghtk_ghtk" } as const

export const matchCodStatementStepId = "ocop-match-cod-statement"
/**
 * Each statement line against our parcels (read only): the parcel with that carrier
 * code and the COD amount it was sent with; a code already paid, earlier or twice in
 * this statement, is a duplicate.
 */
export const matchCodStatementStep = createStep(
  matchCodStatementStepId,
  async (input: CodStatementInput, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const codes = [...new Set(input.lines.map((l) => l.tracking_code))]
    // The carrier's code is the parcel's tracking number (fulfilment label).
    const parcels: {
      id: string
      tracking_number: string
      data: any
      order_id: string | null
    }[] = codes.length
      ? (
          await pg.raw(
            `select f.id, l.tracking_number, f.data, o.order_id
               from fulfillment f
               join fulfillment_label l on l.fulfillment_id = f.id and l.deleted_at is null
               left join order_fulfillment o on o.fulfillment_id = f.id and o.deleted_at is null
              where f.provider_id = ? and f.deleted_at is null and l.tracking_number = any(?)`,
            [PROVIDER[input.carrier], codes]
          )
        ).rows
      : []
    const tracking = container.resolve<ParcelTrackingModuleService>(
      PARCEL_TRACKING_MODULE
    )
    const paid = codes.length
      ? await tracking.listCodRemittances(
          {
            carrier: input.carrier,
            tracking_code: codes,
            outcome: ["exact", "short", "over"],
          },
          { select: ["tracking_code"] }
        )
      : []
    const seen = new Set(paid.map((p) => p.tracking_code))
    const matched = input.lines.map((line): MatchedCodLine => {
      const parcel = parcels.find(
        (p) => p.tracking_number === line.tracking_code
      )
      const expected = parcel ? Number(parcel.data?.cod_amount ?? 0) : null
      const outcome: MatchedCodLine["outcome"] = !parcel
        ? "unknown"
        : seen.has(line.tracking_code)
          ? "duplicate"
          : line.amount === expected
            ? "exact"
            : line.amount < expected!
              ? "short"
              : "over"
      if (parcel && outcome !== "duplicate") seen.add(line.tracking_code)
      return {
        carrier: input.carrier,
        statement_ref: input.statement_ref,
        tracking_code: line.tracking_code,
        fulfillment_id: parcel?.id ?? null,
        order_id: parcel?.order_id ?? null,
        amount: line.amount,
        expected,
        outcome,
      }
    })
    return new StepResponse(matched)
  }
)

export const createCodRemittancesStepId = "ocop-create-cod-remittances"
/** Keeps the matched lines; compensation deletes them. */
export const createCodRemittancesStep = createStep(
  createCodRemittancesStepId,
  async (lines: MatchedCodLine[], { container }) => {
    const tracking = container.resolve<ParcelTrackingModuleService>(
      PARCEL_TRACKING_MODULE
    )
    const created = await tracking.createCodRemittances(lines)
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<ParcelTrackingModuleService>(PARCEL_TRACKING_MODULE)
      .deleteCodRemittances(ids)
  }
)
