import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSalesPointShifts } from "../../../hooks/use-sales-point-shifts"
import { errorMessage, formatVnd } from "../../../lib/format"

const dateTime = (value: string | null) =>
  value
    ? new Intl.DateTimeFormat("vi-VN", {
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "Asia/Ho_Chi_Minh",
      }).format(new Date(value))
    : "—"

/** The office's view of every sales point's tills: sales by method, refunds, counted cash and differences. */
const SalesPointShiftsPage = () => {
  const [status, setStatus] = useState("")
  const [offset, setOffset] = useState(0)
  const { data, isLoading, error } = useSalesPointShifts({ status, offset })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Ca bán hàng của các điểm bán</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Tiền đầu ca, doanh thu theo hình thức, hoàn tiền, tiền mặt đếm được và chênh lệch khi đóng ca.
          </Text>
        </div>
        <div className="w-48">
          <Select value={status || "all"} onValueChange={(v) => { setStatus(v === "all" ? "" : v); setOffset(0) }}>
            <Select.Trigger aria-label="Trạng thái ca">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">Tất cả ca</Select.Item>
              <Select.Item value="open">Đang mở</Select.Item>
              <Select.Item value="closed">Đã đóng</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">Đang tải…</Text>
      ) : error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{errorMessage(error)}</Text>
      ) : !data?.shifts.length ? (
        <Text className="px-6 py-4">Chưa có ca nào.</Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Điểm bán</Table.HeaderCell>
                <Table.HeaderCell>Mở ca</Table.HeaderCell>
                <Table.HeaderCell>Đóng ca</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Tiền mặt</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Thẻ</Table.HeaderCell>
                <Table.HeaderCell className="text-right">VietQR</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Hoàn tiền</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Tiền mặt phải có</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Đếm được</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Chênh lệch</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.shifts.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>{s.sales_point_name ?? s.sales_point_id}</Table.Cell>
                  <Table.Cell>
                    {dateTime(s.opened_at)}
                    <br />
                    <span className="text-ui-fg-subtle">{s.opened_by_name} · đầu ca {formatVnd(s.opening_float)}</span>
                  </Table.Cell>
                  <Table.Cell>
                    {s.status === "open" ? <Badge color="green">Đang mở</Badge> : (
                      <>
                        {dateTime(s.closed_at)}
                        <br />
                        <span className="text-ui-fg-subtle">{s.closed_by_name}</span>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">{formatVnd(s.sales.cash)}</Table.Cell>
                  <Table.Cell className="text-right">{formatVnd(s.sales.card_at_counter)}</Table.Cell>
                  <Table.Cell className="text-right">{formatVnd(s.sales.vietqr)}</Table.Cell>
                  <Table.Cell className="text-right">{formatVnd(s.refunds_total)}</Table.Cell>
                  <Table.Cell className="text-right">{formatVnd(s.expected_cash)}</Table.Cell>
                  <Table.Cell className="text-right">{s.counted_cash === null ? "—" : formatVnd(s.counted_cash)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {s.difference === null ? "—" : (
                      <Badge color={s.difference === 0 ? "green" : s.difference < 0 ? "red" : "orange"}>
                        {s.difference > 0 ? "+" : ""}
                        {formatVnd(s.difference)}
                      </Badge>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 50))}>
          Trang trước
        </Button>
        <Button size="small" variant="secondary" disabled={!data || offset + 50 >= data.count} onClick={() => setOffset(offset + 50)}>
          Trang sau
        </Button>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Ca bán hàng điểm bán",
})

export default SalesPointShiftsPage
