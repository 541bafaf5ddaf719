import { defaultProducerFields } from "../../../shared/producer-fields"

export const retrieveProducerQueryConfig = {
  defaults: [
    ...defaultProducerFields,
    "products.id",
    "products.title",
    "products.handle",
  ],
  isList: false,
}

export const listProducersQueryConfig = {
  defaults: defaultProducerFields,
  defaultLimit: 50,
  isList: true,
}
