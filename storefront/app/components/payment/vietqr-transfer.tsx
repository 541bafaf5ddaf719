import type { SerializeFrom } from "@remix-run/node"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"
import type { VietQrTransferView } from "./order-payment.server"

/** The VietQR code to scan, and the same transfer as text for those who type it. */
export function VietQrTransfer({
  transfer,
  received,
}: {
  transfer: SerializeFrom<VietQrTransferView>
  received: boolean
}) {
  const t = useT()
  const amount = formatVnd(transfer.amount)
  return (
    <section className="vietqr" aria-labelledby="vietqr-title">
      <h2 id="vietqr-title">{t("payment.vietqrTitle")}</h2>
      {received ? (
        <p className="alert alert--success" role="status">
          {t("payment.vietqrReceived")}
        </p>
      ) : (
        <p>{t("payment.vietqrIntro")}</p>
      )}
      {transfer.illustrative ? (
        <p className="alert alert--warn" role="note">
          {t("payment.illustrative")}
        </p>
      ) : null}
      <div
        style={{
          display: "flex",
          flexWrap: "wrap",
          gap: 24,
          alignItems: "flex-start",
        }}
      >
        <figure className="qr" style={{ margin: 0 }}>
          <div
            role="img"
            data-testid="vietqr-code"
            aria-label={t("payment.qrAlt", {
              amount,
              account: transfer.accountNumber,
              reference: transfer.reference,
            })}
            dangerouslySetInnerHTML={{ __html: transfer.qrSvg }}
          />
          <figcaption>{t("payment.scan")}</figcaption>
        </figure>
        <dl className="facts">
          <dt>{t("payment.bank")}</dt>
          <dd>
            {transfer.bankName} ({transfer.bankBin})
          </dd>
          <dt>{t("payment.accountNumber")}</dt>
          <dd data-testid="vietqr-account">{transfer.accountNumber}</dd>
          <dt>{t("payment.accountName")}</dt>
          <dd>{transfer.accountName}</dd>
          <dt>{t("payment.amount")}</dt>
          <dd data-testid="vietqr-amount">{amount}</dd>
          <dt>{t("payment.reference")}</dt>
          <dd data-testid="vietqr-reference">{transfer.reference}</dd>
        </dl>
      </div>
      <details>
        <summary>{t("payment.payload")}</summary>
        <code data-testid="vietqr-payload" style={{ wordBreak: "break-all" }}>
          {transfer.payload}
        </code>
      </details>
      {received ? null : (
        <p className="field-hint">{t("payment.vietqrPending")}</p>
      )}
    </section>
  )
}
