// The OCOP plugin's store API shapes, as the plugin exports them (type-only: no
// plugin code reaches the browser bundle).
export type * from "@ocop-market/medusa-plugin-ocop/types"
