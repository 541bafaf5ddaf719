import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetProducerMembersParamsType } from "./validators"

/** Producer portal members and account requests, e.g. ?status=requested for the office's queue. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducerMembersParamsType>,
  res: MedusaResponse
) => {
  const { status, producer_id } =
    req.validatedQuery as AdminGetProducerMembersParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (producer_id) filters.producer_id = producer_id
  const { data: members, metadata } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "producer_member",
      fields: req.queryConfig.fields,
      filters,
      pagination: req.queryConfig.pagination,
    })
  res.json({
    members,
    count: metadata?.count ?? members.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? members.length,
  })
}
