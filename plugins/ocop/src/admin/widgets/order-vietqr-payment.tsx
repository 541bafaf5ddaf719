import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import {
  useMarkVietQrReceived,
  useOrderPayments,
} from "../hooks/use-order-payments"
import { errorMessage, formatDate, formatVnd } from "../lib/format"
import { WalletPaymentBlock } from "../components/wallet-payment-block"

const METHOD_LABEL: Record<string, string> = {
  pp_system_default: "Thanh toán khi nhận hàng",
  pp_vietqr_vietqr: "Chuyển khoản VietQR",
  pp_stripe_stripe: "Thẻ (Stripe)",
  pp_vnpay_vnpay: "VNPay",
  pp_momo_momo: "Ví MoMo",
  pp_momo_atm: "Thẻ ATM (MoMo)",
  pp_zalopay_zalopay: "ZaloPay",
}
const WALLETS = ["pp_vnpay_vnpay", "pp_momo_momo", "pp_momo_atm", "pp_zalopay_zalopay"]

const OrderVietQrPaymentWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { data: payments, isLoading, isError } = useOrderPayments(order.id)
  const mark = useMarkVietQrReceived(order.id)
  const wallet = payments
    ?.filter((p) => WALLETS.includes(p.provider_id))
    .at(-1)
  const vietqr = payments?.find(
    (p) => p.provider_id.startsWith("pp_vietqr_") && !p.canceled_at
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Phương thức thanh toán</Heading>
        {vietqr && (
          <Badge color={vietqr.captured_at ? "green" : "orange"}>
            {vietqr.captured_at ? "Đã nhận chuyển khoản" : "Chờ chuyển khoản"}
          </Badge>
        )}
      </div>
      {isLoading && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Đang tải…
        </Text>
      )}
      {isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          Không tải được thanh toán.
        </Text>
      )}
      {payments && payments.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Đơn hàng chưa có thanh toán.
        </Text>
      )}
      {payments && payments.length > 0 && (
        <Text size="small" className="px-6 py-4">
          {[
            ...new Set(
              payments.map((p) => METHOD_LABEL[p.provider_id] ?? p.provider_id)
            ),
          ].join(", ")}
        </Text>
      )}
      {wallet && <WalletPaymentBlock orderId={order.id} payment={wallet} />}
      {vietqr && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small">
            Nội dung chuyển khoản:{" "}
            <strong>{vietqr.data?.reference ?? "—"}</strong> ·{" "}
            {formatVnd(Number(vietqr.amount))}
          </Text>
          {(vietqr.data?.transfers ?? []).map((t, i) => (
            <Text
              key={i}
              size="small"
              className={
                t.result === "mismatch"
                  ? "text-ui-fg-error"
                  : "text-ui-fg-subtle"
              }
            >
              {formatDate(t.at)} ·{" "}
              {t.source === "bank" ? "sao kê ngân hàng" : "văn phòng"}:{" "}
              {formatVnd(t.amount)}
              {t.result === "mismatch"
                ? ` — sai số tiền (cần ${formatVnd(t.expected)}), chưa ghi nhận`
                : " — đã ghi nhận"}
            </Text>
          ))}
          {!vietqr.captured_at && (
            <div className="flex justify-end">
              <Button
                size="small"
                isLoading={mark.isPending}
                onClick={() =>
                  mark.mutate(undefined, {
                    onSuccess: () => toast.success("Đã ghi nhận chuyển khoản"),
                    onError: (error) => toast.error(errorMessage(error)),
                  })
                }
              >
                Đã nhận chuyển khoản
              </Button>
            </div>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderVietQrPaymentWidget
