import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import {
  useGenerateSettlements,
  useSetCommissionRate,
  useSettlementSettings,
  useSettlements,
} from "../../../hooks/use-settlements"
import { errorMessage, formatVnd } from "../../../lib/format"
import {
  formatPeriod,
  formatRate,
  lastMonth,
  STATUS_LABEL,
} from "../../../lib/settlement-format"

/** The commission rate form: percent in the field, basis points on the wire. */
function CommissionRate() {
  const { data } = useSettlementSettings()
  const save = useSetCommissionRate()
  const [percent, setPercent] = useState("")
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (data) setPercent(String(data.settings.commission_rate_bp / 100))
  }, [data])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const value = Number(percent.replace(",", "."))
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      setError("Tỷ lệ hoa hồng từ 0 đến 100 %.")
      return
    }
    setError(null)
    try {
      await save.mutateAsync({ commission_rate_bp: Math.round(value * 100) })
      toast.success("Đã lưu tỷ lệ hoa hồng")
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <form onSubmit={submit} className="flex items-end gap-x-2 px-6 py-4" noValidate>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="commission-rate">Hoa hồng chương trình (%)</Label>
        <Input
          id="commission-rate"
          inputMode="decimal"
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
          aria-invalid={!!error}
          aria-describedby={error ? "commission-rate-error" : undefined}
          className="w-32"
        />
      </div>
      <Button type="submit" size="small" variant="secondary" isLoading={save.isPending}>
        Lưu
      </Button>
      <Text size="small" className="text-ui-fg-subtle">
        Áp dụng cho bảng kê tính từ nay; 0 % là hợp lệ.
      </Text>
      {error && (
        <Text id="commission-rate-error" size="small" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </form>
  )
}

const SettlementsPage = () => {
  const [period, setPeriod] = useState(lastMonth())
  const [status, setStatus] = useState("all")
  const { data, isLoading, isError, error } = useSettlements({
    period,
    status: status === "all" ? undefined : status,
  })
  const generate = useGenerateSettlements()
  const statements = data?.statements ?? []

  const run = async () => {
    try {
      await generate.mutateAsync({ period })
      toast.success(`Đã tính bảng kê tháng ${period.split("-").reverse().join("/")}`)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Đối soát & thanh toán cho chủ thể</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Settlements: producers' monthly statements
          </Text>
        </div>
        <Button size="small" onClick={run} isLoading={generate.isPending}>
          Tính bảng kê tháng
        </Button>
      </div>
      <CommissionRate />
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="settlement-period">Tháng</Label>
          <Input
            id="settlement-period"
            type="month"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label id="settlement-status-label">Trạng thái</Label>
          <Select value={status} onValueChange={setStatus}>
            <Select.Trigger aria-labelledby="settlement-status-label">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">Tất cả</Select.Item>
              <Select.Item value="draft">{STATUS_LABEL.draft}</Select.Item>
              <Select.Item value="paid">{STATUS_LABEL.paid}</Select.Item>
            </Select.Content>
          </Select>
        </div>
        {data && (
          <Text size="small" className="ml-auto">
            Tổng phải trả: <strong>{formatVnd(data.totals.net_payable)}</strong> · chưa trả:{" "}
            <strong>{formatVnd(data.totals.unpaid)}</strong> · hoa hồng:{" "}
            {formatVnd(data.totals.commission)}
          </Text>
        )}
      </div>
      {isLoading && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Đang tải…</Text>
      )}
      {isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          {errorMessage(error)}
        </Text>
      )}
      {data && statements.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Chưa có bảng kê cho tháng này. Bấm “Tính bảng kê tháng” để tính.
        </Text>
      )}
      {statements.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Chủ thể</Table.HeaderCell>
              <Table.HeaderCell>Tháng</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Bán online</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Bán tại điểm (ký gửi)</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Hoàn tiền</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Hoa hồng</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Phải trả</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {statements.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive" to={`/ocop/settlements/${s.id}`}>
                    {s.producer?.name ?? s.producer_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{formatPeriod(s.period_start)}</Table.Cell>
                <Table.Cell className="text-right">{formatVnd(s.gross_online)}</Table.Cell>
                <Table.Cell className="text-right">{formatVnd(s.gross_counter)}</Table.Cell>
                <Table.Cell className="text-right">{formatVnd(s.refunds)}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatVnd(s.commission)} ({formatRate(s.commission_rate_bp)})
                </Table.Cell>
                <Table.Cell className="text-right font-medium">{formatVnd(s.net_payable)}</Table.Cell>
                <Table.Cell>
                  <Badge color={s.status === "paid" ? "green" : "orange"}>
                    {STATUS_LABEL[s.status]}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Đối soát chủ thể",
  icon: ReceiptPercent,
})

export default SettlementsPage
