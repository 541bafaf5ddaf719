export type * from "./store"
