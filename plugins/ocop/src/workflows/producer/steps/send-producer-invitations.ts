import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invitationLink } from "../../../modules/producer/rules/producer-invitation"
import type { IssuedProducerInvitation } from "./issue-producer-invitations"

export const PRODUCER_INVITATION_TEMPLATE = "ocop-producer-invitation"
// The storefront's public address, as medusa-config.ts reads it for CORS.
const storefrontUrl = () =>
  process.env.STOREFRONT_URL || "http://localhost:3000"

export const sendProducerInvitationsStepId = "ocop-send-producer-invitations"
/**
 * E-mails each invited person the link with their token, through the Notification
 * Module (the local provider logs it in development). A sent email cannot be
 * recalled, so there is no compensation; this runs last.
 */
export const sendProducerInvitationsStep = createStep(
  sendProducerInvitationsStepId,
  async (input: IssuedProducerInvitation[], { container }) => {
    if (!input.length) return new StepResponse([])
    const { data: members } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "producer_member",
        fields: ["id", "email", "name", "producer.id", "producer.name"],
        filters: { id: input.map((i) => i.id) },
      })
    const notifications = input.map((invitation) => {
      const member = members.find((m: any) => m.id === invitation.id) as any
      return {
        to: member.email,
        channel: "email",
        template: PRODUCER_INVITATION_TEMPLATE,
        trigger_type: "ocop.producer_member.invited",
        resource_id: member.id,
        resource_type: "producer_member",
        data: {
          name: member.name,
          producer: member.producer
            ? { id: member.producer.id, name: member.producer.name }
            : null,
          link: invitationLink(storefrontUrl(), invitation.token),
          expires_at: invitation.expires_at,
        },
      }
    })
    const sent = await container
      .resolve(Modules.NOTIFICATION)
      .createNotifications(notifications)
    return new StepResponse(sent.map((s) => s.id))
  }
)
