import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who signs in to the producer portal for one producer (the `producer` auth
 * actor). The office invites one ("invited", active once they register with the
 * invitation's token), or someone asks for an account ("requested") and the office
 * approves or rejects it. The office can revoke an invitation and deactivate a member.
 */
export const ProducerMember = model
  .define(
    { name: "ProducerMember", tableName: "ocop_producer_member" },
    {
      id: model.id({ prefix: "ocpm" }).primaryKey(),
      // Trimmed and lower-cased on every write, so lookups compare case-insensitively.
      email: model.text(),
      name: model.text().nullable(),
      status: model
        .enum([
          "invited",
          "requested",
          "active",
          "rejected",
          "revoked",
          "deactivated",
        ])
        .default("invited"),
      // The auth identity (emailpass) that signs in as this member, once registered.
      auth_identity_id: model.text().nullable(),
      // sha256 of the invitation's single-use token; the token itself is only e-mailed.
      invitation_token_hash: model.text().nullable(),
      invitation_expires_at: model.dateTime().nullable(),
      // What someone asking for an account says about their producer, for the office.
      request_note: model.text().nullable(),
      status_reason: model.text().nullable(),
      producer: model
        .belongsTo(() => Producer, { mappedBy: "members" })
        .nullable(),
    }
  )
  .indexes([
    { on: ["status"] },
    // One account or request per email, and one open invitation per email: a request
    // filed without the invitation's token sits beside the invitation, not on it.
    {
      name: "IDX_ocop_producer_member_email_account",
      on: ["email"],
      unique: true,
      where: "status IN ('requested', 'active')",
    },
    {
      name: "IDX_ocop_producer_member_email_invited",
      on: ["email"],
      unique: true,
      where: "status = 'invited'",
    },
    {
      name: "IDX_ocop_producer_member_invitation_token_hash",
      on: ["invitation_token_hash"],
      unique: true,
      where: "invitation_token_hash IS NOT NULL",
    },
  ])
