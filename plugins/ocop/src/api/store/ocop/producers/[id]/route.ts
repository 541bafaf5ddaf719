import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { ADMIN_UNITS_MODULE } from "../../../../../modules/admin-units"
import type AdminUnitsModuleService from "../../../../../modules/admin-units/service"
import { listOcopProducts } from "../../../../../queries/ocop-catalog"
import { PUBLIC_PRODUCER_FIELDS } from "../../../public-link-fields"
import { translateResponse } from "../../../translate-response"

// Accepts the producer's id or its handle, so storefront URLs can be readable.
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const producerModule = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const adminUnits = req.scope.resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const key = req.params.id
  const [producer] = await producerModule.listProducers(
    key.startsWith("ocpr_") ? { id: key } : { handle: key },
    {
      select: [...PUBLIC_PRODUCER_FIELDS],
      take: 1,
    }
  )
  if (!producer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer "${key}" was not found`
    )
  }
  const [communeResult, provinces, catalog] = await Promise.all([
    producer.commune_code
      ? adminUnits.searchCommunes({ code: [producer.commune_code], limit: 1 })
      : null,
    producer.province_code
      ? adminUnits.listProvinces({ code: producer.province_code })
      : [],
    listOcopProducts(
      knex,
      {
        producer: [producer.id],
        sales_channel_ids: req.publishable_key_context.sales_channel_ids,
      },
      { limit: 100, offset: 0, order: "-stars" }
    ),
  ])
  await translateResponse(req, [producer, ...catalog.products])
  res.json({
    producer: {
      ...producer,
      commune: communeResult?.communes[0] ?? null,
      province: provinces[0]
        ? { code: provinces[0].code, name: provinces[0].name }
        : null,
      products: catalog.products,
    },
  })
}
