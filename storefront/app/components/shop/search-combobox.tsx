import { Form, Link, useFetcher, useNavigate } from "@remix-run/react"
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react"
import { loadMessages, useT } from "~/lib/i18n"
import { shopSearchBoxMessageLoaders } from "~/lib/messages/shop-search-box/lazy"
import type {
  SearchSuggestion,
  SearchSuggestionsData,
} from "~/routes/resources.search-suggestions/route"
import { SUGGESTION_MIN_LENGTH } from "~/lib/search-suggestions"
import { SuggestionOptions } from "./search-suggestion-options"

// Its texts come with it: no page downloads them before the box is used.
await loadMessages(shopSearchBoxMessageLoaders)

// Long enough to skip the words typed in between, short enough to feel immediate.
const DEBOUNCE_MS = 200

const INPUT_ID = "site-search"
const LISTBOX_ID = "site-search-suggestions"
const optionId = (index: number) => `site-search-option-${index}`

/** Where the plain box was when this one replaced it (search-box.tsx). */
export type Handover = { value: string; focused: boolean; selection: [number, number] }

/**
 * The header's search as a WAI-ARIA combobox suggesting products as the shopper types,
 * in the same GET form to /search (Enter with no suggestion chosen opens the results).
 * search-box.tsx loads it when the shopper first reaches for the box.
 */
export function SearchCombobox({ handover }: { handover: Handover }) {
  const t = useT()
  const navigate = useNavigate()
  const fetcher = useFetcher<SearchSuggestionsData>()
  const [value, setValue] = useState(handover.value)
  const [requested, setRequested] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const input = useRef<HTMLInputElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>()

  // The shopper may be typing already: the focus, the caret and the text carry over,
  // and what was typed is searched for as if typed here. A box merely hovered keeps
  // its text (the results page's query) without opening suggestions for it.
  // A layout effect: the focus moves in the same task as the swap (search-box.tsx), and
  // this box is only ever rendered in the browser.
  useLayoutEffect(() => {
    if (handover.focused) {
      input.current?.focus()
      input.current?.setSelectionRange(...handover.selection)
      onInput(handover.value)
    }
    return () => clearTimeout(timer.current)
    // Once, on mount: the handover is where this box starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

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
          ref={input}
          id={INPUT_ID}
          type="search"
          name="q"
          value={value}
          onChange={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => {
            if (requested) setOpen(true)
          }}
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
            {expanded ? (
              <SuggestionOptions
                suggestions={suggestions}
                query={requested}
                active={active}
                optionId={optionId}
                onActivate={setActive}
                onChoose={choose}
              />
            ) : null}
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
