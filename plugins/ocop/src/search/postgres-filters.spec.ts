import { search } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { filtersForPostgres } from "./postgres-filters"

const fields = search
  .define({
    province_code: search.keyword().filterable(),
    commune_code: search.keyword().filterable(),
    producer_id: search.keyword().filterable(),
    producer_handle: search.keyword().filterable(),
    stars: search.integer().filterable(),
    status: search.keyword().filterable(),
    in_stock: search.boolean().filterable(),
    sales_channel_ids: search.keyword().array().filterable(),
  })
  .toFields()

describe("filtersForPostgres", () => {
  it("writes scalar equalities as comparisons and keeps array membership", () => {
    expect(
      filtersForPostgres(
        {
          $and: [
            { sales_channel_ids: { $in: ["sc_1"] } },
            { stars: { $gte: 4 } },
            { province_code: { $in: ["91"] } },
            { in_stock: true },
          ],
        },
        fields
      )
    ).toEqual({
      $and: [
        { sales_channel_ids: { $in: ["sc_1"] } },
        { stars: { $gte: 4 } },
        { province_code: { $like: "91" } },
        { in_stock: { $gte: true } },
      ],
    })
  })

  it("keeps several values as alternatives, inside $or branches too", () => {
    expect(
      filtersForPostgres(
        {
          stars: { $in: [4, 5] },
          $or: [{ province_code: "91" }, { in_stock: false }],
        },
        fields
      )
    ).toEqual({
      $and: [
        { $or: [{ stars: { $gte: 4, $lte: 4 } }, { stars: { $gte: 5, $lte: 5 } }] },
        {
          $or: [
            { province_code: { $like: "91" } },
            { in_stock: { $lte: false } },
          ],
        },
      ],
    })
  })

  it("keeps containment for fields that pick a few products, where the jsonb index is the way in", () => {
    const narrow = {
      $and: [
        { commune_code: { $in: ["30900"] } },
        { $or: [{ producer_id: { $in: ["ocpr_1"] } }, { producer_handle: { $in: ["ba-giao"] } }] },
      ],
    }
    expect(filtersForPostgres(narrow, fields)).toEqual(narrow)
  })

  it("escapes LIKE's wildcards so a value only ever equals itself", () => {
    expect(
      filtersForPostgres({ status: { $in: ["50%_off\\"] } }, fields)
    ).toEqual({ status: { $like: "50\\%\\_off\\\\" } })
  })

  it("leaves what it cannot restate as it was", () => {
    const untouched = {
      $and: [
        { province_code: { $in: [] } },
        { province_code: { $ne: "91" } },
        { province_code: null },
        { stars: { $in: ["4"] } },
        { unknown_field: "x" },
      ],
    }
    expect(filtersForPostgres(untouched as any, fields)).toEqual(untouched)
  })
})
