import type { HTMLAttributes, ReactNode } from "react"

export type StockTableRow = {
  product_title: string
  variant_title?: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

type Labels = { product: string; place: string; stocked: string; reserved: string; available: string }

/**
 * Stock per variant: product, one column that places it (the producer's location or the
 * point's SKU), then stocked, reserved and available. On a phone each row becomes a card
 * whose cells carry their column's name. The labels come from the app that shows it.
 */
export function StockTable<Row extends StockTableRow>({
  rows,
  labels,
  rowKey,
  place,
  badge,
  rowProps,
  className,
}: {
  rows: Row[]
  labels: Labels
  rowKey: (row: Row) => string
  /** The second column's content. */
  place: (row: Row) => ReactNode
  /** A mark after the product's name (e.g. low stock). */
  badge?: (row: Row) => ReactNode
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string }
  className?: string
}) {
  return (
    <div className="table-scroll">
      <table className={["orders-table portal-table", className].filter(Boolean).join(" ")}>
        <thead>
          <tr>
            <th scope="col">{labels.product}</th>
            <th scope="col">{labels.place}</th>
            <th scope="col" className="num">
              {labels.stocked}
            </th>
            <th scope="col" className="num">
              {labels.reserved}
            </th>
            <th scope="col" className="num">
              {labels.available}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              <td data-label={labels.product}>
                <span>
                  {row.product_title}
                  {row.variant_title ? <span className="portal-muted"> · {row.variant_title}</span> : null}
                </span>
                {badge?.(row)}
              </td>
              <td data-label={labels.place}>{place(row)}</td>
              <td className="num" data-label={labels.stocked}>
                {row.stocked_quantity}
              </td>
              <td className="num" data-label={labels.reserved}>
                {row.reserved_quantity}
              </td>
              <td className="num" data-label={labels.available}>
                <strong>{row.available_quantity}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
