import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { useT } from "~/lib/i18n"

/** A console page whose data did not load: say so in the staff's words, keep the bar and nav above. */
export function StaffErrorBoundary() {
  const t = useT()
  return (
    <GeneralErrorBoundary
      unexpectedErrorHandler={() => <Problem title={t("error.title")} text={t("staffConsole.loadError")} />}
      statusHandlers={{ 502: () => <Problem title={t("error.title")} text={t("staffConsole.loadError")} status={502} /> }}
    />
  )
}
