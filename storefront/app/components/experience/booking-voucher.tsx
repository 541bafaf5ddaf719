import type { SerializeFrom } from "@remix-run/node"
import { Link } from "@remix-run/react"
import type { OcopOrderBooking } from "~/lib/data/ocop-experiences.server"
import { formatDate } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"

export type BookingVoucherView = OcopOrderBooking & {
  /** The host's check-in page the QR opens. */
  checkUrl: string
  qrSvg: string
}

/** The voucher a visitor shows the host: QR to the host's check-in page, the reference large. */
export function BookingVoucher({ voucher }: { voucher: SerializeFrom<BookingVoucherView> }) {
  const t = useT()
  const locale = useLocale()
  const titleId = `voucher-${voucher.reference}`
  return (
    <article className="voucher" aria-labelledby={titleId}>
      <figure className="voucher__qr" style={{ margin: 0 }}>
        <div
          role="img"
          data-testid="voucher-qr"
          aria-label={t("experience.voucherQrAlt", { reference: voucher.reference })}
          dangerouslySetInnerHTML={{ __html: voucher.qrSvg }}
        />
        <figcaption>{t("experience.voucherScan")}</figcaption>
      </figure>
      <div>
        <h3 id={titleId} style={{ margin: 0 }}>
          <Link to={`/experiences/${voucher.experience_handle}`}>{voucher.experience_title}</Link>
        </h3>
        <p className="field-hint" style={{ margin: "8px 0 0" }}>
          {t("experience.voucherReference")}
        </p>
        <p className="voucher__reference" data-testid="voucher-reference">
          {voucher.reference}
        </p>
        <dl className="facts">
          <dt>{t("experience.date")}</dt>
          <dd>{formatDate(voucher.date, locale)}</dd>
          <dt>{t("experience.guests")}</dt>
          <dd>{t("experience.guestCount", { count: voucher.guests })}</dd>
          <dt>{t("experience.meetingPoint")}</dt>
          <dd>{voucher.meeting_point}</dd>
          <dt>{t("experience.leadVisitor")}</dt>
          <dd>{voucher.lead_name}</dd>
        </dl>
      </div>
    </article>
  )
}
