import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"
import type { SearchSuggestion } from "~/routes/resources.search-suggestions/route"
import { StarRating } from "~/components/ui/star-rating"

/**
 * The suggestions as listbox options: picture, title with the typed words marked, stars,
 * place and price. Part of the combobox (search-combobox.tsx).
 */
export function SuggestionOptions({
  suggestions,
  query,
  active,
  optionId,
  onActivate,
  onChoose,
}: {
  suggestions: SearchSuggestion[]
  query: string
  active: number
  optionId: (index: number) => string
  onActivate: (index: number) => void
  onChoose: (suggestion: SearchSuggestion) => void
}) {
  return (
    <>
      {suggestions.map((s, i) => (
        <li
          key={s.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className={
            i === active ? "suggestion suggestion--active" : "suggestion"
          }
          onMouseMove={() => i !== active && onActivate(i)}
          onClick={() => onChoose(s)}
        >
          <SuggestionContent suggestion={s} query={query} />
        </li>
      ))}
    </>
  )
}

function SuggestionContent({
  suggestion: s,
  query,
}: {
  suggestion: SearchSuggestion
  query: string
}) {
  const t = useT()
  return (
    <>
      <span className="suggestion__image">
        {/* Checked by the suggestions' loader (safeHref). */}
        {s.thumbnail ? (
          <img src={s.thumbnail} alt="" width={56} height={42} />
        ) : null}
      </span>
      <span className="suggestion__text">
        <span className="suggestion__title">
          <Highlighted text={s.title} query={query} />
        </span>
        <span className="suggestion__meta">
          {/* Stars are a claim only while the certificate is valid; after that, history (decision 004). */}
          <StarRating stars={s.stars} muted={!s.is_ocop} />
          {s.is_ocop ? null : (
            <span className="suggestion__expired">{t("search.expired")}</span>
          )}
          {s.place ? (
            <span className="suggestion__place">{s.place}</span>
          ) : null}
        </span>
      </span>
      <span className="suggestion__price">
        {s.price_vnd !== null ? formatVnd(s.price_vnd) : t("common.noPrice")}
      </span>
    </>
  )
}

// One character in, one out, so positions in the folded title are positions in the title.
const foldChar = (c: string) => {
  const base = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
  return (
    (base === "đ" || base === "Đ" ? "d" : base).toLowerCase().charAt(0) || c
  )
}

/** The title with the typed words marked where a word starts with them, diacritics or not. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const chars = [...text.normalize("NFC")]
  const folded = chars.map(foldChar)
  const marked = new Array<boolean>(chars.length).fill(false)
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [...w.normalize("NFC")].map(foldChar))
  for (const word of words) {
    for (let start = 0; start + word.length <= folded.length; start++) {
      if (start > 0 && /[\p{L}\p{N}]/u.test(folded[start - 1])) continue
      if (word.every((c, k) => folded[start + k] === c))
        marked.fill(true, start, start + word.length)
    }
  }
  const parts: { text: string; mark: boolean }[] = []
  chars.forEach((c, i) => {
    const last = parts[parts.length - 1]
    if (last && last.mark === marked[i]) last.text += c
    else parts.push({ text: c, mark: marked[i] })
  })
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>
      )}
    </>
  )
}
