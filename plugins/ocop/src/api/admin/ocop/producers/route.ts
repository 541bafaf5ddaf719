import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listEntities, retrieveEntity } from "../../../shared/query-graph"
import { createProducersWorkflow } from "../../../../workflows/producer/create-producers"
import type {
  AdminCreateProducerType,
  AdminGetProducersParamsType,
} from "./validators"
import { retrieveProducerQueryConfig } from "./query-config"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducersParamsType>,
  res: MedusaResponse
) => {
  const { data: producers, ...page } = await listEntities(req, "producer", [
    "q",
    "id",
    "type",
    "province_code",
    "commune_code",
  ])
  res.json({ producers, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateProducerType>,
  res: MedusaResponse
) => {
  const { result } = await createProducersWorkflow(req.scope).run({
    input: { producers: [req.validatedBody] },
  })
  const producer = await retrieveEntity(
    req.scope,
    "producer",
    "Producer",
    result[0].id,
    retrieveProducerQueryConfig.defaults
  )
  res.status(201).json({ producer })
}
