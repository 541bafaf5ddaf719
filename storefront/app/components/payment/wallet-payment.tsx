import { useRevalidator } from "@remix-run/react"
import { useEffect } from "react"
import { useT } from "~/lib/i18n"
import type { WalletPaymentView } from "./order-payment.server"

/**
 * A wallet payment on the order page: "đang chờ xác nhận" until the wallet's IPN has
 * reached the shop (the page asks again every few seconds, or on the button without
 * JavaScript), the wallet's page to go back to while it is open, then the outcome.
 */
export function WalletPayment({ wallet, amount }: { wallet: WalletPaymentView; amount: string }) {
  const t = useT()
  const revalidator = useRevalidator()
  const awaiting = wallet.state === "awaiting" || wallet.state === "failed"
  useEffect(() => {
    if (!awaiting) return
    const timer = window.setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate()
    }, 5000)
    return () => window.clearInterval(timer)
  }, [awaiting, revalidator])
  if (wallet.state === "canceled") return null
  const message =
    wallet.state === "paid" ? "payment.walletPaid" : wallet.state === "failed" ? "payment.walletFailed" : "payment.walletNotice"
  return (
    <section
      className={`alert ${wallet.state === "paid" ? "alert--success" : wallet.state === "failed" ? "alert--warn" : "alert--info"}`}
      aria-live="polite"
      aria-label={wallet.name}
    >
      <p style={{ marginTop: 0 }}>{t(message, { wallet: wallet.name, amount })}</p>
      {awaiting ? (
        <p style={{ display: "flex", gap: 10, flexWrap: "wrap", marginBottom: 0 }}>
          {wallet.payUrl ? (
            <a className="button" href={wallet.payUrl}>
              {t("payment.walletContinue", { wallet: wallet.name })}
            </a>
          ) : null}
          <a className="button button--ghost" href="?">
            {t("payment.walletRefresh")}
          </a>
        </p>
      ) : null}
    </section>
  )
}
