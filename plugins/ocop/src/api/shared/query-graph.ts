import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/**
 * A page of an entity for an admin list route: the filters named in `keys` that the
 * validated query holds, with the route's fields and pagination.
 */
export async function listEntities(
  req: AuthenticatedMedusaRequest<unknown, any>,
  entity: string,
  keys: string[]
) {
  const validated = req.validatedQuery as Record<string, unknown>
  const filters = Object.fromEntries(
    keys.filter((k) => validated[k] !== undefined).map((k) => [k, validated[k]])
  )
  const { data, metadata } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity,
      fields: req.queryConfig.fields,
      filters,
      pagination: req.queryConfig.pagination,
    })
  return {
    data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}

/** One entity by id with the given fields, or a 404 that says what was missing. */
export async function retrieveEntity(
  scope: MedusaContainer,
  entity: string,
  label: string,
  id: string,
  fields: string[]
) {
  const {
    data: [found],
  } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity, fields, filters: { id } })
  if (!found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${label} with id "${id}" was not found`
    )
  }
  return found
}
