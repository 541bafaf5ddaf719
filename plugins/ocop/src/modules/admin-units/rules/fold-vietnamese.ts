/**
 * A search key for Vietnamese text, so "chau phong" finds "Châu Phong". It
 * also equates the two tone-mark placements found in official data
 * ("Thuỵ"/"Thụy", "Hoà"/"Hòa"), which differ as strings even after NFC.
 */
export function foldVietnamese(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      // đ is a letter of its own, not d plus a mark, so NFD leaves it alone.
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim()
  )
}

/** `text` for a LIKE pattern, its %, _ and \ taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, "\\$&")
}
