// A route that reads no list: no default fields, no paging.
export const noQuery = { defaults: [], isList: false }
