import { z } from "@medusajs/framework/zod"
import { listParam } from "../../../shared/validators/list-param"

export type AdminGetProducerMembersParamsType = z.infer<
  typeof AdminGetProducerMembersParams
>
export const AdminGetProducerMembersParams = z
  .object({
    status: listParam(z.enum([
        "invited",
        "requested",
        "active",
        "rejected",
        "revoked",
        "deactivated",
      ])),
    producer_id: listParam(z.string()),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    fields: z.string().optional(),
  })
  .strict()

/** Invite someone to the producer portal for this producer. */
export type AdminInviteProducerMemberType = z.infer<
  typeof AdminInviteProducerMember
>
export const AdminInviteProducerMember = z
  .object({
    email: z.string().trim().toLowerCase().email().max(200),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .strict()

/** Approve an account request for an existing producer. */
export type AdminApproveProducerMemberType = z.infer<
  typeof AdminApproveProducerMember
>
export const AdminApproveProducerMember = z
  .object({ producer_id: z.string().min(1).max(100) })
  .strict()

export type AdminRejectProducerMemberType = z.infer<
  typeof AdminRejectProducerMember
>
export const AdminRejectProducerMember = z
  .object({ reason: z.string().trim().min(3).max(1000) })
  .strict()

/**
 * Withdraw an invitation or deactivate a member: one body, the reason optional,
 * for the office's own record.
 */
export type AdminEndProducerMemberType = z.infer<typeof AdminEndProducerMember>
export const AdminEndProducerMember = z
  .object({ reason: z.string().trim().min(3).max(1000).optional() })
  .strict()

export const AdminRevokeProducerMember = AdminEndProducerMember

export const AdminDeactivateProducerMember = AdminEndProducerMember

/** Resend an invitation: no body. */
export const AdminResendProducerInvitation = z.object({}).strict()
