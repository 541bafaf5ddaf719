import { model } from "@medusajs/framework/utils"
import { PRODUCER_TYPES } from "../rules/producer-types"
import { ProducerMember } from "./producer-member"

/** A chủ thể OCOP: the household business, cooperative, group or enterprise behind a product. */
export const Producer = model
  .define(
    { name: "Producer", tableName: "ocop_producer" },
    {
      id: model.id({ prefix: "ocpr" }).primaryKey(),
      handle: model.text().unique(),
      name: model.text().searchable(),
      // Unknown for some certified producers in public records: shown as "not recorded".
      type: model.enum([...PRODUCER_TYPES]).nullable(),
      registration_number: model.text().nullable(),
      address: model.text().nullable(),
      commune_code: model.text().nullable(),
      province_code: model.text().nullable(),
      email: model.text().nullable(),
      phone: model.text().nullable(),
      website: model.text().nullable(),
      // Translatable: the Translation Module keeps its English beside it (docs/english.md).
      story: model.text().translatable().nullable(),
      metadata: model.json().nullable(),
      members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
    }
  )
  .indexes([{ on: ["commune_code"] }, { on: ["province_code"] }])
