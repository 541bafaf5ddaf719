import { Button, Text, toast } from "@medusajs/ui"
import {
  type OrderPayment,
  useQueryWalletPayment,
} from "../hooks/use-order-payments"
import { errorMessage, formatDate, formatVnd } from "../lib/format"

const NOTICE: Record<string, string> = {
  captured: "đã thanh toán, đã ghi nhận",
  mismatch: "sai số tiền, chưa ghi nhận",
  failed: "thanh toán không thành công",
  late: "thanh toán sau khi đơn đã hủy: cần hoàn tiền",
}
const SOURCE: Record<string, string> = { ipn: "IPN", query: "tra cứu tự động", admin: "văn phòng tra cứu" }

/** A wallet payment in the order's payment widget: reference, what the wallet reported, and a button to ask it. */
export function WalletPaymentBlock({ orderId, payment }: { orderId: string; payment: OrderPayment }) {
  const ask = useQueryWalletPayment(orderId)
  const name = payment.data?.wallet_name ?? "Ví"
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small">
        Mã giao dịch {name}: <strong>{payment.data?.reference ?? "—"}</strong> · {formatVnd(Number(payment.amount))}
        {payment.data?.expires_at && !payment.captured_at ? ` · hết hạn ${formatDate(payment.data.expires_at)}` : ""}
      </Text>
      {(payment.data?.notices ?? []).map((n, i) => (
        <Text key={i} size="small" className={n.result === "captured" ? "text-ui-fg-subtle" : "text-ui-fg-error"}>
          {formatDate(n.at)} · {SOURCE[n.source] ?? n.source}: {n.amount === null ? "—" : formatVnd(n.amount)} —{" "}
          {NOTICE[n.result] ?? n.result}
          {n.result === "mismatch" ? ` (cần ${formatVnd(n.expected)})` : ""}
        </Text>
      ))}
      {!payment.captured_at && !payment.canceled_at && (
        <div className="flex justify-end">
          <Button
            size="small"
            variant="secondary"
            isLoading={ask.isPending}
            onClick={() =>
              ask.mutate(undefined, {
                onSuccess: ({ wallet, payment: p }) =>
                  p.outcome === "captured"
                    ? toast.success(`${wallet.name} xác nhận đã thanh toán: đã ghi nhận`)
                    : toast.info(`${wallet.name}: ${wallet.state}${wallet.message ? ` (${wallet.message})` : ""}`),
                onError: (error) => toast.error(errorMessage(error)),
              })
            }
          >
            Tra cứu {name}
          </Button>
        </div>
      )}
    </div>
  )
}
