import { useEffect, useState } from "react"

/** Opens the browser's print dialog; shown only once JavaScript runs (the menu's Print works without it). */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  )
}
