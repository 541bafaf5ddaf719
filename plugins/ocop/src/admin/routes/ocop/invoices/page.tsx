import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { InvoiceAdjustmentDrawer } from "../../../components/invoice-adjustment-drawer"
import { type AdminInvoice, useAdjustInvoice, useInvoices, useReissueInvoice, useReplaceInvoice } from "../../../hooks/use-invoices"
import { errorMessage, formatVnd } from "../../../lib/format"

const STATUS_LABEL: Record<AdminInvoice["status"], string> = {
  pending: "Chờ phát hành",
  issuing: "Đang phát hành",
  failed: "Lỗi – sẽ thử lại",
  issued: "Đã phát hành",
  replaced: "Đã bị thay thế",
  adjusted: "Đã bị điều chỉnh",
}
const STATUS_COLOR: Record<AdminInvoice["status"], "green" | "orange" | "red" | "grey"> = {
  pending: "orange",
  issuing: "orange",
  failed: "red",
  issued: "green",
  replaced: "grey",
  adjusted: "grey",
}

function InvoiceActions({ invoice }: { invoice: AdminInvoice }) {
  const reissue = useReissueInvoice()
  if (["pending", "issuing", "failed"].includes(invoice.status)) {
    return (
      <Button
        size="small"
        variant="secondary"
        isLoading={reissue.isPending}
        onClick={async () => {
          try {
            const { invoice: after } = await reissue.mutateAsync(invoice.id)
            if (after.status === "issued") toast.success("Đã phát hành hóa đơn")
            else toast.error(`Chưa phát hành được: ${after.last_error ?? after.status}`)
          } catch (e) {
            toast.error(errorMessage(e))
          }
        }}
      >
        Phát hành lại
      </Button>
    )
  }
  // An adjustment is not adjusted or replaced itself: the invoice it adjusts is.
  if (invoice.relation === "adjustment" || !["issued", "adjusted"].includes(invoice.status)) return null
  return (
    <div className="flex flex-wrap gap-2">
      {invoice.status === "issued" ? <ReplaceButton invoice={invoice} /> : null}
      <AdjustButton invoice={invoice} />
    </div>
  )
}

const numberLabel = (i: AdminInvoice) =>
  `${i.template}/${i.series} – ${i.number === null ? "—" : String(i.number).padStart(8, "0")}`

function AdjustButton({ invoice }: { invoice: AdminInvoice }) {
  const adjust = useAdjustInvoice()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Lập hóa đơn điều chỉnh
      </Button>
      <InvoiceAdjustmentDrawer
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          if (!next) setError(null)
        }}
        invoiceLabel={numberLabel(invoice)}
        isPending={adjust.isPending}
        error={error}
        onSubmit={async (body) => {
          try {
            const { invoice: made } = await adjust.mutateAsync({ id: invoice.id, body })
            toast.success(`Đã lập hóa đơn điều chỉnh ${numberLabel(made)}`)
            setOpen(false)
          } catch (e) {
            setError(errorMessage(e))
          }
        }}
      />
    </>
  )
}

function ReplaceButton({ invoice }: { invoice: AdminInvoice }) {
  const replace = useReplaceInvoice()
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={replace.isPending}
      onClick={async () => {
        const reason = window.prompt("Lý do lập hóa đơn thay thế (ví dụ: khách trả hàng):")
        if (!reason) return
        try {
          await replace.mutateAsync({ id: invoice.id, reason })
          toast.success("Đã lập hóa đơn thay thế")
        } catch (e) {
          toast.error(errorMessage(e))
        }
      }}
    >
      Lập hóa đơn thay thế
    </Button>
  )
}

/** The office's invoices: failures first to look at, reissue, replacement, and adjustment after a return or a correction. */
const InvoicesPage = () => {
  const [status, setStatus] = useState("")
  const { data, isLoading, isError, error } = useInvoices(status)
  const invoices = data?.invoices ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex items-end justify-between px-6 py-4">
        <div>
          <Heading level="h1">Hóa đơn điện tử</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hóa đơn lỗi được thử lại mỗi 5 phút; đơn hàng không bao giờ bị chặn vì hóa đơn.
          </Text>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="invoice-status">Trạng thái</Label>
          <Select value={status || "all"} onValueChange={(v) => setStatus(v === "all" ? "" : v)}>
            <Select.Trigger id="invoice-status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">Tất cả</Select.Item>
              {Object.entries(STATUS_LABEL).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isLoading && <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Đang tải…</Text>}
      {isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          {errorMessage(error)}
        </Text>
      )}
      {data && invoices.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Chưa có hóa đơn nào.</Text>
      )}
      {invoices.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Đơn</Table.HeaderCell>
              <Table.HeaderCell>Ký hiệu – số</Table.HeaderCell>
              <Table.HeaderCell>Người mua</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Tổng (thuế)</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {invoices.map((i) => (
              <Table.Row key={i.id}>
                <Table.Cell>
                  #{i.display_id ?? "—"} {i.channel === "counter" ? "(tại điểm bán)" : ""}
                </Table.Cell>
                <Table.Cell>
                  {i.template}/{i.series} – {i.number === null ? "—" : String(i.number).padStart(8, "0")}
                  {i.relation === "replacement" ? " (thay thế)" : ""}
                  {i.relation === "adjustment" ? ` (điều chỉnh ${i.total < 0 ? "giảm" : "tăng"})` : ""}
                </Table.Cell>
                <Table.Cell>
                  {i.buyer_name ?? "Khách lẻ"}
                  {i.buyer_tax_code ? ` · MST ${i.buyer_tax_code}` : ""}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatVnd(i.total)} ({formatVnd(i.vat_total)})
                </Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[i.status]}>{STATUS_LABEL[i.status]}</Badge>
                  {i.last_error && i.status !== "issued" ? (
                    <Text size="xsmall" className="text-ui-fg-error">
                      Lần {i.attempts}: {i.last_error}
                    </Text>
                  ) : null}
                </Table.Cell>
                <Table.Cell>
                  <InvoiceActions invoice={i} />
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
  label: "Hóa đơn điện tử",
  icon: DocumentText,
})

export default InvoicesPage
