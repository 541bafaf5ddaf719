// The office looks communes up exactly as shoppers do.
export { GET } from "../../../shared/communes"
