// Medusa runs a provider's migrations from the folder beside its resolved entry point:
// the provider we extend keeps its catalog table and text search setup, under its name.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
