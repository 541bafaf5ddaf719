import { Link } from "@remix-run/react"
import type { OcopExperience } from "~/lib/data/ocop-experiences.server"
import { formatDate } from "~/lib/format"
import { useLocale, useT, type Locale, type Translate } from "~/lib/i18n"
import { StarRating } from "../ui/star-rating"

/** "6 giờ", "2 giờ 30 phút" / "6 h", "2 h 30 min". */
export function formatDuration(minutes: number, t: Translate) {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return [hours ? t("experience.hours", { count: hours }) : "", rest ? t("experience.minutes", { count: rest }) : ""]
    .filter(Boolean)
    .join(" ")
}

function languageNames(codes: string[], locale: Locale) {
  const names = new Intl.DisplayNames([locale === "vi" ? "vi" : "en"], { type: "language" })
  return codes.map((c) => names.of(c) ?? c).join(", ")
}

/** Where, when, how long, in which languages, what is included and the cancellation terms. */
export function ExperienceFacts({ experience }: { experience: Pick<OcopExperience, "duration_minutes" | "start_time" | "meeting_point" | "commune" | "languages" | "included" | "cancellation_terms" | "capacity_per_date"> }) {
  const t = useT()
  const locale = useLocale()
  const place = [experience.commune.name, experience.commune.province?.name].filter(Boolean).join(", ")
  return (
    <dl className="facts">
      <dt>{t("experience.duration")}</dt>
      <dd>
        {formatDuration(experience.duration_minutes, t)}
        {experience.start_time ? ` · ${t("experience.startsAt", { time: experience.start_time })}` : ""}
      </dd>
      <dt>{t("experience.meetingPoint")}</dt>
      <dd>
        {experience.meeting_point}
        {place ? (
          <>
            <br />
            {place}
          </>
        ) : null}
      </dd>
      <dt>{t("experience.languages")}</dt>
      <dd>{languageNames(experience.languages, locale)}</dd>
      <dt>{t("experience.capacity")}</dt>
      <dd>{t("experience.capacityValue", { count: experience.capacity_per_date })}</dd>
      <dt>{t("experience.included")}</dt>
      <dd>
        {experience.included.length ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {experience.included.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <span className="not-recorded">{t("common.notRecorded")}</span>
        )}
      </dd>
      <dt>{t("experience.cancellation")}</dt>
      <dd>{experience.cancellation_terms ?? <span className="not-recorded">{t("common.notRecorded")}</span>}</dd>
    </dl>
  )
}

/** OCOP provenance of an experience: its stars and certificate, and its host. */
export function ExperienceProvenance({ experience }: { experience: Pick<OcopExperience, "certificate" | "host"> }) {
  const t = useT()
  const locale = useLocale()
  const { certificate, host } = experience
  return (
    <dl className="facts">
      <dt>{t("product.stars")}</dt>
      <dd>
        {certificate ? (
          <>
            <StarRating stars={certificate.stars} /> {t("stars.label", { stars: certificate.stars })}
          </>
        ) : (
          <span className="not-recorded">{t("experience.noCertificate")}</span>
        )}
      </dd>
      {certificate ? (
        <>
          <dt>{t("product.decision")}</dt>
          <dd>
            {[certificate.decision_number, certificate.issuing_body].filter(Boolean).join(" · ") || t("common.notRecorded")}
            {certificate.valid_until ? ` (${t("experience.validUntil", { date: formatDate(certificate.valid_until, locale) })})` : ""}
          </dd>
        </>
      ) : null}
      <dt>{t("experience.host")}</dt>
      <dd>
        {host ? <Link to={`/producers/${host.handle}`}>{host.name}</Link> : <span className="not-recorded">{t("common.notRecorded")}</span>}
      </dd>
    </dl>
  )
}
