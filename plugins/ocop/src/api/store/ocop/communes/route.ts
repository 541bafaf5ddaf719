// Shoppers and the office look communes up the same way (api/shared/communes.ts).
export { GET } from "../../../shared/communes"
