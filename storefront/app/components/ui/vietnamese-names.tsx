import { Fragment } from "react"

/**
 * A text in which each occurrence of the given Vietnamese names is marked `lang="vi"`:
 * an English description quoting a product's certified name, so screen readers say
 * the name in Vietnamese and the page says which words are not English.
 */
export function WithVietnameseNames({ text, names }: { text: string; names: string[] }) {
  const wanted = names.filter((n) => n.trim().length > 0)
  if (!wanted.length) return <>{text}</>
  const escaped = wanted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  const parts = text.split(new RegExp(`(${escaped.join("|")})`, "g"))
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="vi">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        )
      )}
    </>
  )
}
