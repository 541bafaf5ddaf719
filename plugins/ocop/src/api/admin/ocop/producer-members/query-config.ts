export const defaultProducerMemberFields = [
  "id",
  "email",
  "name",
  "status",
  "request_note",
  "status_reason",
  "created_at",
  "producer.id",
  "producer.name",
]

export const listProducerMembersQueryConfig = {
  defaults: defaultProducerMemberFields,
  defaultLimit: 50,
  isList: true,
}
