import { STATEMENT_FIELDS } from "../../../shared/settlement-statements"

export const listSettlementsQueryConfig = {
  defaults: [...STATEMENT_FIELDS, "producer.id", "producer.name", "producer.handle"],
  defaultLimit: 50,
  isList: true,
}
