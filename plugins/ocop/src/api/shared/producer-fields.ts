// The fields of a producer both the office and the producer itself read back.
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
