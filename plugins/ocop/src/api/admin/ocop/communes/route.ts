// The office looks communes up exactly as shoppers do.
export { GET } from "../../../store/ocop/communes/route"
