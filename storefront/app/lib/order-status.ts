import { isMessageKey, type useT } from "~/lib/i18n"

/** An order's status in words; a status the shop has no words for shows as it is. */
export function orderStatusLabel(status: string, t: ReturnType<typeof useT>) {
  const key = `order.status.${status}`
  return isMessageKey(key) ? t(key) : status
}
