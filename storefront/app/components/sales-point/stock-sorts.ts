/** The stock list's orders, as the API takes them (`sort`); low stock first by default. */
export const STOCK_SORTS = ["low", "name", "-name", "available", "-available"] as const
export type StockSort = (typeof STOCK_SORTS)[number]
