import { Form } from "@remix-run/react"
import { useT } from "~/lib/i18n"

/**
 * The scan box: a USB or Bluetooth scanner acting as a keyboard types the pack's
 * EAN-13 and Enter, which submits it and puts the pack in the basket. Focused on
 * arrival so the first scan lands here; a plain form, so it works without JavaScript.
 */
export function ScanForm({ error, code }: { error?: "staffConsole.scan.invalid" | "staffConsole.scan.unknown"; code: string }) {
  const t = useT()
  return (
    <Form method="post" className="staff-scan" aria-describedby={error ? "scan-error" : "scan-hint"}>
      <input type="hidden" name="intent" value="scan" />
      <div className="field">
        <label htmlFor="scan-code">{t("staffConsole.scan.label")}</label>
        <p className="field-hint" id="scan-hint">
          {t("staffConsole.scan.hint")}
        </p>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the counter's first action is a scan */}
        <input id="scan-code" name="code" inputMode="numeric" autoComplete="off" autoFocus defaultValue={code} key={code} aria-invalid={error ? true : undefined} />
        {error ? (
          <p className="field-errors" id="scan-error" role="alert">
            {t(error, { code })}
          </p>
        ) : null}
      </div>
      <button type="submit" className="visually-hidden">
        {t("staffConsole.scan.submit")}
      </button>
    </Form>
  )
}
