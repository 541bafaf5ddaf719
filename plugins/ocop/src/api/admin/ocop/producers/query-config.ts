export const defaultProducerFields = [
  "id",
  "handle",
  "name",
  "type",
  "registration_number",
  "address",
  "commune_code",
  "province_code",
  "email",
  "phone",
  "website",
  "story",
  "metadata",
  "created_at",
  "updated_at",
]

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
