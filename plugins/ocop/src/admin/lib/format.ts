/** Integer đồng as the office reads them. */
export const formatVnd = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(
    amount
  )

/** An ISO date or timestamp as dd/mm/yyyy, or a dash. */
export const formatDate = (value: string | null | undefined) =>
  value ? value.slice(0, 10).split("-").reverse().join("/") : "—"

/** The message of an API error (the js-sdk's FetchError), which names the field. */
export const errorMessage = (error: unknown) =>
  error instanceof Error && error.message
    ? error.message
    : "Đã có lỗi, vui lòng thử lại."
