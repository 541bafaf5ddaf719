import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defaultProducerFields } from "../../shared/producer-fields"
import { updateProducersWorkflow } from "../../../workflows/producer/update-producers"
import { currentProducerId } from "../helpers"
import type { ProducerUpdateProfileType } from "./validators"

async function profile(req: AuthenticatedMedusaRequest<any>) {
  const producerId = await currentProducerId(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: members }, { data: producers }] = await Promise.all([
    query.graph({
      entity: "producer_member",
      fields: ["id", "email", "name", "status"],
      filters: { id: req.auth_context.actor_id },
    }),
    query.graph({
      entity: "producer",
      fields: defaultProducerFields,
      filters: { id: producerId },
    }),
  ])
  const { metadata, ...producer } = producers[0]
  return {
    member: members[0],
    producer: { ...producer, photos: (metadata as any)?.photos ?? [] },
  }
}

/** The signed-in member and the producer's profile. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json(await profile(req))
}

/** Edits the producer's profile (name, type, registration number, address, commune, story, photos). */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerUpdateProfileType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const { photos, ...fields } = req.validatedBody
  const update: Record<string, unknown> = { id: producerId, ...fields }
  if (photos) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "producer",
      fields: ["metadata"],
      filters: { id: producerId },
    })
    update.metadata = { ...(data[0]?.metadata ?? {}), photos }
  }
  await updateProducersWorkflow(req.scope).run({
    input: { producers: [update as any] },
  })
  res.json(await profile(req))
}
