import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveEntity } from "../../../../shared/query-graph"
import { deleteProducersWorkflow } from "../../../../../workflows/producer/delete-producers"
import { updateProducersWorkflow } from "../../../../../workflows/producer/update-producers"
import { retrieveProducerQueryConfig } from "../query-config"
import type { AdminUpdateProducerType } from "../validators"

const retrieveProducer = (req: AuthenticatedMedusaRequest, fields: string[]) =>
  retrieveEntity(req.scope, "producer", "Producer", req.params.id, fields)

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ producer: await retrieveProducer(req, req.queryConfig.fields) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateProducerType>,
  res: MedusaResponse
) => {
  await updateProducersWorkflow(req.scope).run({
    input: { producers: [{ id: req.params.id, ...req.validatedBody }] },
  })
  res.json({
    producer: await retrieveProducer(req, retrieveProducerQueryConfig.defaults),
  })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteProducersWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "producer", deleted: true })
}
