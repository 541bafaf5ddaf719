import { useState, type KeyboardEvent } from "react"
import { loadMessages, useT } from "~/lib/i18n"
import { salesPointOfflineMessageLoaders } from "~/lib/messages/sales-point-offline/lazy"
import { CameraScan, canUseCamera } from "./camera-scan"

await loadMessages(salesPointOfflineMessageLoaders)

type Choice = { variant_id: string; ean: string | null }

/**
 * A scan box over a form's product select (the adjustment): the scanner's code, typed
 * with Enter, or the camera's picks the pack in the select, as a click would. Outside
 * the form, so the scanner's Enter never submits it.
 */
export function ScanToChoose({ choices, selectName }: { choices: Choice[]; selectName: string }) {
  const t = useT()
  const [code, setCode] = useState("")
  const [error, setError] = useState<string | null>(null)

  function choose(scanned: string) {
    const found = choices.find((c) => c.ean === scanned)
    if (!found) {
      setError(t("staffConsole.scan.unknown", { code: scanned }))
      return
    }
    const select = document.querySelector(`select[name="${selectName}"]`)
    if (select instanceof HTMLSelectElement) {
      select.value = found.variant_id
      // The form library listens to the form's events, as for a choice made by hand.
      select.dispatchEvent(new Event("input", { bubbles: true }))
      select.dispatchEvent(new Event("change", { bubbles: true }))
    }
    setError(null)
    setCode("")
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return
    event.preventDefault()
    const typed = code.trim()
    if (!/^\d{8,14}$/.test(typed)) setError(t("staffConsole.scan.invalid", { code: typed }))
    else choose(typed)
  }

  return (
    <div className="staff-scan">
      <div className="field">
        <label htmlFor={`scan-${selectName}`}>{t("staffConsole.scan.label")}</label>
        <input
          id={`scan-${selectName}`}
          inputMode="numeric"
          autoComplete="off"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `scan-${selectName}-error` : undefined}
        />
        {error ? (
          <p className="field-errors" id={`scan-${selectName}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {canUseCamera() ? <CameraScan onCode={choose} /> : null}
    </div>
  )
}
