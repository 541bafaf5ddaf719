import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Label,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { Link, useParams } from "react-router-dom"
import {
  useMarkSettlementPaid,
  useSettlement,
  useSettlementVietQr,
} from "../../../../hooks/use-settlements"
import { errorMessage, formatDate, formatVnd } from "../../../../lib/format"
import {
  formatPeriod,
  formatRate,
  STATUS_LABEL,
} from "../../../../lib/settlement-format"

const CHANNEL_LABEL = { online: "Online", counter: "Tại điểm bán (ký gửi)" }
const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ./_-]{3,63}$/

/** The office records the bank transfer that paid the statement; the reference is required. */
function MarkPaid({ id }: { id: string }) {
  const mark = useMarkSettlementPaid(id)
  const [reference, setReference] = useState("")
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const value = reference.trim()
    if (!REFERENCE_PATTERN.test(value)) {
      setError("Nhập mã giao dịch chuyển khoản (4–64 chữ, số, khoảng trắng hoặc . / _ -).")
      return
    }
    setError(null)
    try {
      await mark.mutateAsync({ transfer_reference: value })
      toast.success("Đã ghi nhận thanh toán")
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-2 px-6 py-4">
      <Label htmlFor="transfer-reference">Mã giao dịch chuyển khoản</Label>
      <div className="flex gap-x-2">
        <Input
          id="transfer-reference"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          aria-invalid={!!error}
          aria-describedby={error ? "transfer-reference-error" : undefined}
          required
        />
        <Button type="submit" isLoading={mark.isPending}>
          Đánh dấu đã thanh toán
        </Button>
      </div>
      {error && (
        <Text id="transfer-reference-error" size="small" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      <Text size="small" className="text-ui-fg-subtle">
        Sau khi đánh dấu, bảng kê không thay đổi nữa; điều chỉnh sau đó vào kỳ sau.
      </Text>
    </form>
  )
}

function PayByVietQr({ id, enabled }: { id: string; enabled: boolean }) {
  const { data, isLoading, isError, error } = useSettlementVietQr(id, enabled)
  if (!enabled) return null
  if (isLoading)
    return <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Đang tạo mã VietQR…</Text>
  if (isError)
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        Không tạo được mã VietQR: {errorMessage(error)}
      </Text>
    )
  if (!data) return null
  return (
    <div className="flex items-start gap-x-6 px-6 py-4">
      <div
        role="img"
        aria-label={`Mã VietQR chuyển ${formatVnd(data.vietqr.amount)}`}
        className="h-48 w-48 bg-white"
        // The SVG is drawn by our own API from the EMVCo payload (no user markup).
        dangerouslySetInnerHTML={{ __html: data.vietqr.qr_svg }}
      />
      <div className="flex flex-col gap-y-1">
        <Text size="small">Quét bằng ứng dụng ngân hàng để chuyển khoản.</Text>
        <Text size="small">
          Số tiền: <strong>{formatVnd(data.vietqr.amount)}</strong>
        </Text>
        <Text size="small">
          Nội dung: <strong>{data.vietqr.purpose}</strong>
        </Text>
      </div>
    </div>
  )
}

const SettlementDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useSettlement(id)
  if (isLoading) return <Container><Text size="small">Đang tải…</Text></Container>
  if (isError || !data)
    return (
      <Container>
        <Text size="small" className="text-ui-fg-error" role="alert">
          {errorMessage(error)}
        </Text>
      </Container>
    )
  const { statement: s, bank_account: bank } = data
  const rows: [string, number][] = [
    ["Doanh thu bán online", s.gross_online],
    ["Doanh thu bán tại điểm (ký gửi)", s.gross_counter],
    ["Hoàn tiền, trả hàng", -s.refunds],
    [`Hoa hồng chương trình (${formatRate(s.commission_rate_bp)})`, -s.commission],
    ["Phí thu hộ", -s.fees],
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Link to="/ocop/settlements" className="text-ui-fg-interactive text-sm">
              ← Đối soát chủ thể
            </Link>
            <Heading level="h1">
              {s.producer?.name ?? s.producer_id} · tháng {formatPeriod(s.period_start)}
            </Heading>
          </div>
          <Badge color={s.status === "paid" ? "green" : "orange"}>{STATUS_LABEL[s.status]}</Badge>
        </div>
        <dl className="grid grid-cols-[1fr_auto] gap-y-1 px-6 py-4 text-sm">
          {rows.map(([label, amount]) => (
            <div key={label} className="contents">
              <dt>{label}</dt>
              <dd className="text-right">{formatVnd(amount)}</dd>
            </div>
          ))}
          <dt className="font-medium">Phải trả chủ thể</dt>
          <dd className="text-right font-medium">{formatVnd(s.net_payable)}</dd>
        </dl>
        {s.status === "paid" ? (
          <Text size="small" className="px-6 py-4">
            Đã thanh toán ngày {formatDate(s.paid_at)}, mã giao dịch{" "}
            <strong>{s.transfer_reference}</strong>.
          </Text>
        ) : (
          <>
            <div className="px-6 py-4">
              <Heading level="h2">Tài khoản nhận</Heading>
              {bank ? (
                <Text size="small">
                  {bank.bank_name} · {bank.account_number} · {bank.account_name}
                </Text>
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  Chủ thể chưa khai báo tài khoản ngân hàng trong hồ sơ.
                </Text>
              )}
            </div>
            <PayByVietQr id={s.id} enabled={!!bank && s.net_payable > 0} />
            <MarkPaid id={s.id} />
          </>
        )}
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">Chi tiết theo sản phẩm</Heading>
        {(s.lines ?? []).length === 0 ? (
          <Text size="small" className="px-6 pb-4 text-ui-fg-subtle">Không có dòng nào.</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                <Table.HeaderCell>Kênh</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Số lượng</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Doanh thu</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Hoàn tiền</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(s.lines ?? []).map((l) => (
                <Table.Row key={l.id}>
                  <Table.Cell>{l.title}</Table.Cell>
                  <Table.Cell>{CHANNEL_LABEL[l.channel]}</Table.Cell>
                  <Table.Cell className="text-right">{l.quantity}</Table.Cell>
                  <Table.Cell className="text-right">{formatVnd(l.amount)}</Table.Cell>
                  <Table.Cell className="text-right">{formatVnd(l.refunds)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export default SettlementDetailPage
