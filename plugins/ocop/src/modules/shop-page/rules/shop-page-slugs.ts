/**
 * The pages every Vietnamese shop must publish and link from its footer (returns,
 * privacy, shipping, payment methods), by their address under /pages/. The footer
 * links to these four; the office writes what they say.
 */
export const SHOP_PAGE_SLUGS = [
  "chinh-sach-doi-tra",
  "chinh-sach-bao-mat",
  "chinh-sach-van-chuyen",
  "phuong-thuc-thanh-toan",
] as const
export type ShopPageSlug = (typeof SHOP_PAGE_SLUGS)[number]
