// The Medusa application lives in backend/, where Medusa's CLI (develop, build,
// db:migrate) looks for its configuration; this file re-exports it so the whole
// shop's configuration is visible from the repository root (docs/decisions/001).
export { default } from "./backend/medusa-config"
