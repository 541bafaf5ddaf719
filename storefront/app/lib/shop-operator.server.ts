import { safeHref } from "./safe-url"

/** Who runs the shop and how to reach it, as the footer of a Vietnamese shop must say. */
export type ShopOperator = {
  name: string | null
  address: string | null
  taxCode: string | null
  email: string | null
  hotline: string | null
  /** A zalo.me link (from a number or a given https link). */
  zalo: string | null
  /** The shop's registration page on online.gov.vn (Bộ Công Thương), when it has one. */
  bctUrl: string | null
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null)

/**
 * The operator's details from the environment (OCOP_OPERATOR_NAME, _ADDRESS, _TAX_CODE, _EMAIL, OCOP_HOTLINE, OCOP_ZALO,
 * OCOP_BCT_URL); whatever is unset is simply not shown. The Bộ Công Thương badge links
 * only to its own register: a badge pointing anywhere else would claim a registration
 * the register does not show.
 */
export function shopOperator(env: Record<string, string | undefined> = process.env): ShopOperator {
  const zalo = text(env.OCOP_ZALO)
  const bct = text(env.OCOP_BCT_URL)
  const bctUrl = bct && safeHref(bct) && /^https:\/\/(www\.)?online\.gov\.vn\//.test(bct) ? bct : null
  return {
    name: text(env.OCOP_OPERATOR_NAME),
    address: text(env.OCOP_OPERATOR_ADDRESS),
    taxCode: text(env.OCOP_OPERATOR_TAX_CODE),
    // An address only: anything else would make a mailto: link to who knows what.
    email: /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(text(env.OCOP_OPERATOR_EMAIL) ?? "") ? text(env.OCOP_OPERATOR_EMAIL) : null,
    hotline: text(env.OCOP_HOTLINE),
    zalo: zalo ? (/^\+?[\d\s.]+$/.test(zalo) ? `https://zalo.me/${zalo.replace(/\D/g, "")}` : zalo.startsWith("https://zalo.me/") ? zalo : null) : null,
    bctUrl,
  }
}
