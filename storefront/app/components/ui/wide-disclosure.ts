import { useEffect, useRef } from "react"

/**
 * A `<details>` that is a collapsed panel on phones and always open on wider
 * screens. CSS shows the content on wide screens (`::details-content`, see
 * app.css); on browsers without it, this opens the panel once JavaScript runs.
 * On phones the panel closes again after a navigation, so a chosen link or
 * filter shows its page rather than the open panel.
 */
export function useWideDisclosure(wide: string, closeOn?: unknown) {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const details = ref.current
    if (!details) return
    details.open = window.matchMedia(wide).matches
  }, [wide, closeOn])
  return ref
}
