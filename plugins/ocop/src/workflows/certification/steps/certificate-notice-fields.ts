/** What a notice to a producer about one of its certificates is written from. */
export const CERTIFICATE_NOTICE_FIELDS = [
  "id",
  "stars",
  "decision_number",
  "product.id",
  "product.title",
  "product.producer.id",
  "product.producer.name",
  "product.producer.email",
  "product.producer.members.email",
  "product.producer.members.status",
]
