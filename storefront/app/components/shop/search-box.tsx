import { Form, Link, useFetcher, useNavigate } from "@remix-run/react"
import { useEffect, useRef, useState, type KeyboardEvent } from "react"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"
import type {
  SearchSuggestion,
  SearchSuggestionsData,
} from "~/routes/resources.search-suggestions/route"
import { StarRating } from "~/components/ui/star-rating"
import { SUGGESTION_MIN_LENGTH } from "~/lib/search-suggestions"

// Long enough to skip the words typed in between, short enough to feel immediate.
const DEBOUNCE_MS = 200

const INPUT_ID = "site-search"
const LISTBOX_ID = "site-search-suggestions"
const optionId = (index: number) => `site-search-option-${index}`

/**
 * The header's search: a plain GET form to /search (so Enter, or no JavaScript at all,
 * opens the results page) that, once JavaScript runs, becomes a WAI-ARIA combobox
 * suggesting products as the shopper types.
 */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const t = useT()
  const navigate = useNavigate()
  const fetcher = useFetcher<SearchSuggestionsData>()
  const [value, setValue] = useState(defaultValue)
  const [requested, setRequested] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const timer = useRef<ReturnType<typeof setTimeout>>()

  useEffect(() => () => clearTimeout(timer.current), [])

  const data = fetcher.data
  const suggestions: SearchSuggestion[] = data?.suggestions ?? []
  const loading =
    requested !== "" && (fetcher.state === "loading" || data?.q !== requested)
  const expanded = open && requested !== ""

  useEffect(() => setActive(-1), [data])
  useEffect(() => {
    if (active >= 0)
      document
        .getElementById(optionId(active))
        ?.scrollIntoView?.({ block: "nearest" })
  }, [active])

  function onInput(next: string) {
    setValue(next)
    setActive(-1)
    clearTimeout(timer.current)
    const q = next.trim()
    if (q.length < SUGGESTION_MIN_LENGTH) {
      setRequested("")
      setOpen(false)
      return
    }
    setRequested(q)
    setOpen(true)
    // A new load() aborts the fetcher's request still in flight, so a slow answer to
    // an older text never replaces a newer one.
    timer.current = setTimeout(
      () =>
        fetcher.load(
          `/resources/search-suggestions?${new URLSearchParams({ q })}`
        ),
      DEBOUNCE_MS
    )
  }

  function choose(suggestion: SearchSuggestion) {
    setOpen(false)
    setActive(-1)
    navigate(`/products/${suggestion.handle}`)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (!requested || !count) return
        event.preventDefault()
        const down = event.key === "ArrowDown"
        if (!open) {
          setOpen(true)
          setActive(down ? 0 : count - 1)
          return
        }
        setActive((i) => (down ? (i + 1) % count : i <= 0 ? count - 1 : i - 1))
        return
      }
      case "Enter":
        // With no suggestion chosen, Enter submits the form: the results page.
        if (expanded && active >= 0 && suggestions[active]) {
          event.preventDefault()
          choose(suggestions[active])
        } else setOpen(false)
        return
      case "Escape":
        event.preventDefault()
        if (expanded) {
          setOpen(false)
          setActive(-1)
        } else onInput("")
        return
    }
  }

  let status: string | null = null
  if (expanded) {
    if (loading && !suggestions.length) status = t("search.loading")
    else if (data?.error) status = t("search.suggestionsError")
    else if (!loading && !suggestions.length)
      status = t("search.noSuggestions", { q: requested })
  }
  const announcement =
    expanded && !loading && suggestions.length
      ? t("search.suggestionCount", { count: suggestions.length })
      : null

  return (
    <Form
      method="get"
      action="/search"
      role="search"
      className="site-search"
      onSubmit={() => setOpen(false)}
    >
      <label htmlFor={INPUT_ID} className="visually-hidden">
        {t("nav.search")}
      </label>
      <div className="search-box">
        <input
          id={INPUT_ID}
          type="search"
          name="q"
          value={value}
          onChange={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => requested && setOpen(true)}
          placeholder={t("nav.searchPlaceholder")}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={LISTBOX_ID}
          aria-activedescendant={
            expanded && active >= 0 ? optionId(active) : undefined
          }
        />
        <div
          className={
            expanded
              ? "search-box__popup"
              : "search-box__popup search-box__popup--closed"
          }
        >
          {/* onMouseDown: a click on an option must not take the focus from the input. */}
          <ul
            id={LISTBOX_ID}
            role="listbox"
            aria-label={t("search.suggestions")}
            aria-busy={loading}
            className={
              loading
                ? "search-box__list search-box__list--busy"
                : "search-box__list"
            }
            onMouseDown={(e) => e.preventDefault()}
          >
            {expanded
              ? suggestions.map((s, i) => (
                  <li
                    key={s.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={
                      i === active
                        ? "suggestion suggestion--active"
                        : "suggestion"
                    }
                    onMouseMove={() => i !== active && setActive(i)}
                    onClick={() => choose(s)}
                  >
                    <SuggestionContent suggestion={s} query={requested} />
                  </li>
                ))
              : null}
          </ul>
          {expanded && suggestions.length ? (
            // Outside the listbox: Enter on the text does the same for keyboard users.
            <Link
              to={`/search?${new URLSearchParams({ q: requested })}`}
              className="search-box__all"
              tabIndex={-1}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => setOpen(false)}
            >
              {t("search.seeAll", { q: requested })}
            </Link>
          ) : null}
          {/* One live region: the visible status line, or the number of suggestions for screen readers. */}
          <p
            className={status ? "search-box__status" : "visually-hidden"}
            role="status"
          >
            {status && loading ? (
              <span className="search-box__spinner" aria-hidden="true" />
            ) : null}
            {status ?? announcement}
          </p>
        </div>
      </div>
      <button type="submit" className="button button--small">
        {t("nav.searchButton")}
      </button>
    </Form>
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
