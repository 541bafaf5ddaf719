import { Form, Link } from "@remix-run/react"
import type { CounterVietQr } from "~/lib/data/sales-point-api.server"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"
import { FormKeyField } from "./form-key"

/**
 * The VietQR code of the sale, large enough to scan across the counter, with its
 * amount and memo. The sale completes when the bank's statement has matched it, or
 * when the clerk confirms having seen the transfer arrive.
 */
export function CounterVietQrPanel({ code, formKey, busy }: { code: CounterVietQr & { svg: string }; formKey: string; busy: boolean }) {
  const t = useT()
  const received = code.status === "received"
  return (
    <section className="staff-vietqr" aria-labelledby="vietqr-title">
      <h2 id="vietqr-title">{t("staffConsole.pay.vietqrTitle")}</h2>
      <p className="staff-vietqr__amount" data-testid="vietqr-amount">
        {formatVnd(code.amount)}
      </p>
      <div className="staff-vietqr__code" role="img" aria-label={t("staffConsole.pay.vietqrAlt", { amount: formatVnd(code.amount) })} dangerouslySetInnerHTML={{ __html: code.svg }} />
      <dl className="staff-receipt__facts">
        <dt>{t("staffConsole.pay.vietqrMemo")}</dt>
        <dd>
          <code>{code.reference}</code>
        </dd>
        {code.account_name ? (
          <>
            <dt>{t("staffConsole.pay.vietqrAccount")}</dt>
            <dd>{code.account_name}</dd>
          </>
        ) : null}
      </dl>
      {code.illustrative ? <p className="alert">{t("staffConsole.pay.vietqrIllustrative")}</p> : null}
      <p role="status" className={received ? "staff-vietqr__status staff-vietqr__status--received" : "staff-vietqr__status"}>
        {received ? t("staffConsole.pay.vietqrReceived") : t("staffConsole.pay.vietqrPending")}
      </p>
      <Form method="post">
        <FormKeyField value={formKey} />
        <input type="hidden" name="qr_id" value={code.id} />
        <input type="hidden" name="qr_amount" value={code.amount} />
        {received ? null : (
          <div className="field field--check">
            <input id="vietqr-confirmed" name="confirmed" type="checkbox" required />
            <label htmlFor="vietqr-confirmed">{t("staffConsole.pay.vietqrConfirm")}</label>
          </div>
        )}
        <button type="submit" name="intent" value="sell_vietqr" className="button button--wide" disabled={busy}>
          {busy ? t("staffConsole.saving") : t("staffConsole.pay.vietqrComplete")}
        </button>
      </Form>
      <p className="staff-receipt__actions">
        <Link to={`?qr=${encodeURIComponent(code.id)}`} className="button button--ghost" reloadDocument>
          {t("staffConsole.pay.vietqrCheck")}
        </Link>
        <Link to="." className="button button--link">
          {t("staffConsole.pay.vietqrCancel")}
        </Link>
      </p>
    </section>
  )
}
