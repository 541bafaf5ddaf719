import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who signs in to the producer portal for one producer (the `producer` auth
 * actor). The office invites one ("invited", active once they register), or someone
 * asks for an account ("requested") and the office approves or rejects it.
 */
export const ProducerMember = model
  .define(
    { name: "ProducerMember", tableName: "ocop_producer_member" },
    {
      id: model.id({ prefix: "ocpm" }).primaryKey(),
      email: model.text().unique(),
      name: model.text().nullable(),
      status: model
        .enum(["invited", "requested", "active", "rejected"])
        .default("invited"),
      // The auth identity (emailpass) that signs in as this member, once registered.
      auth_identity_id: model.text().nullable(),
      // What someone asking for an account says about their producer, for the office.
      request_note: model.text().nullable(),
      status_reason: model.text().nullable(),
      producer: model
        .belongsTo(() => Producer, { mappedBy: "members" })
        .nullable(),
    }
  )
  .indexes([{ on: ["status"] }])
