import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "../../../../workflows/create-producers"
import type {
  AdminCreateProducerType,
  AdminGetProducersParamsType,
} from "./validators"
import { retrieveProducerQueryConfig } from "./query-config"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, id, type, province_code, commune_code } =
    req.validatedQuery as AdminGetProducersParamsType
  const filters: Record<string, unknown> = {}
  if (q) filters.q = q
  if (id) filters.id = id
  if (type) filters.type = type
  if (province_code) filters.province_code = province_code
  if (commune_code) filters.commune_code = commune_code
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    producers,
    count: metadata?.count ?? producers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? producers.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateProducerType>,
  res: MedusaResponse
) => {
  const { result } = await createProducersWorkflow(req.scope).run({
    input: { producers: [req.validatedBody] },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: retrieveProducerQueryConfig.defaults,
    filters: { id: result[0].id },
  })
  res.status(201).json({ producer })
}
