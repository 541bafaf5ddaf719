import { formatDate } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import type { TimelineStep } from "~/lib/order-timeline"

/** The order's steps as a list: done ones ticked with their date, the first not done marked as current. */
export function OrderTimeline({ steps }: { steps: TimelineStep[] }) {
  const t = useT()
  const locale = useLocale()
  const current = steps.findIndex((s) => !s.done)
  const label = {
    placed: t("timeline.placed"),
    confirmed: t("timeline.confirmed"),
    packed: t("timeline.packed"),
    shipped: t("timeline.shipped"),
    delivered: t("timeline.delivered"),
    canceled: t("timeline.canceled"),
  }
  return (
    <section aria-labelledby="order-timeline">
      <h2 id="order-timeline">{t("timeline.title")}</h2>
      <ol className="timeline">
        {steps.map((step, i) => (
          <li
            key={step.key}
            className={`timeline__step timeline__step--${step.done ? "done" : i === current ? "current" : "pending"}`}
            aria-current={i === current ? "step" : undefined}
          >
            <span className="timeline__mark" aria-hidden="true">
              {step.done ? "✓" : ""}
            </span>
            <span className="timeline__text">
              <strong>{label[step.key]}</strong>
              {step.done ? <span className="visually-hidden"> ({t("timeline.done")})</span> : null}
              {step.at ? <span className="timeline__date"> · {formatDate(step.at, locale)}</span> : null}
              {step.key === "confirmed" && step.awaitingTransfer ? <span className="timeline__detail">{t("timeline.awaitingTransfer")}</span> : null}
              {step.key === "shipped" && step.done && (step.carrier || step.tracking) ? (
                <span className="timeline__detail">
                  {[step.carrier, step.tracking ? t("timeline.tracking", { tracking: step.tracking }) : null].filter(Boolean).join(" · ")}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
