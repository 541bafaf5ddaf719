import { Form } from "@remix-run/react"
import { useEffect, useRef, useState, type ComponentType } from "react"
import { flushSync } from "react-dom"
import { useT } from "~/lib/i18n"
import type { Handover } from "./search-combobox"

// The combobox (suggestions as the shopper types) is 1.5 KB gzip that every shop page
// would carry for the few visits that use the box: until the shopper reaches for it
// (pointer over it, a touch, the focus), the header holds this plain GET form, which
// already searches on Enter, with or without JavaScript.
type Combobox = ComponentType<{ handover: Handover }>
let loaded: Combobox | null = null
let loading: Promise<Combobox> | null = null
function loadCombobox() {
  loading ??= import("./search-combobox").then(
    (m) => (loaded = m.SearchCombobox),
    (error) => {
      // A connection back may bring the code next time.
      loading = null
      throw error
    }
  )
  return loading
}

export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  const composing = useRef(false)
  const [handover, setHandover] = useState<Handover | null>(null)

  // The page may already have loaded the combobox (the box was used before this
  // navigation): it takes over at once, after hydration, which rendered this plain form
  // (outside the effect: React refuses a synchronous render from inside one).
  useEffect(() => {
    if (loaded) setTimeout(upgrade)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  function upgrade() {
    // Vietnamese is typed through an input method: swapping the field mid-word would
    // break the word being composed, so the swap waits for compositionend.
    if (!input.current || composing.current) return
    const el = input.current
    const next: Handover = {
      value: el.value,
      focused: document.activeElement === el,
      selection: [el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length],
    }
    // In the same task as the text is read, so no keystroke lands between the two fields.
    flushSync(() => setHandover(next))
  }

  function reach() {
    // Without the combobox the plain form stays: Enter still opens the results.
    loadCombobox().then(upgrade, () => undefined)
  }

  if (handover && loaded) {
    const SearchCombobox = loaded
    return <SearchCombobox handover={handover} />
  }
  // The same form and field as the combobox renders (search-combobox.tsx), written in
  // both: a module they shared would become a chunk of its own on every shop page (+0.3
  // to 0.4 KB, measured), for eight attributes and a label.
  return (
    <Form method="get" action="/search" role="search" className="site-search">
      <label htmlFor="site-search" className="visually-hidden">
        {t("nav.search")}
      </label>
      <div className="search-box" onPointerEnter={reach} onTouchStart={reach}>
        <input
          ref={input}
          id="site-search"
          type="search"
          name="q"
          defaultValue={defaultValue}
          onFocus={reach}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={() => {
            composing.current = false
            if (loaded) upgrade()
          }}
          placeholder={t("nav.searchPlaceholder")}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
      </div>
      <button type="submit" className="button button--small">
        {t("nav.searchButton")}
      </button>
    </Form>
  )
}
