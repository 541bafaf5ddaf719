import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import {
  type CodOutcome,
  type CodRemittance,
  type CodStatementImport,
  useCodMismatches,
  useImportCodStatementCsv,
} from "../../../hooks/use-cod-statements"
import { errorMessage, formatDate, formatVnd } from "../../../lib/format"

/** The server takes at most 1 MB of text; a larger file is refused before it is sent. */
const MAX_BYTES = 1_000_000

const OUTCOME_LABEL: Record<CodOutcome, string> = {
  exact: "Khớp",
  short: "Thiếu tiền",
  over: "Thừa tiền",
  unknown: "Không có kiện này",
  duplicate: "Trả hai lần",
}
const OUTCOME_COLOR: Record<CodOutcome, "green" | "orange" | "red" | "grey"> = {
  exact: "green",
  short: "red",
  over: "orange",
  unknown: "red",
  duplicate: "orange",
}
const CARRIER_LABEL = { ghn: "GHN", ghtk: "GHTK" } as const

function RemittanceRows({ rows, withLine }: { rows: CodRemittance[]; withLine: boolean }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {withLine ? <Table.HeaderCell>Dòng</Table.HeaderCell> : <Table.HeaderCell>Bảng kê</Table.HeaderCell>}
          <Table.HeaderCell>Mã vận đơn</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Đơn vị trả</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Phải thu</Table.HeaderCell>
          <Table.HeaderCell>Kết quả</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((r) => (
          <Table.Row key={r.id}>
            <Table.Cell>
              {withLine ? r.line : `${CARRIER_LABEL[r.carrier]} ${r.statement_ref} · ${formatDate(r.created_at)}`}
            </Table.Cell>
            <Table.Cell>{r.tracking_code}</Table.Cell>
            <Table.Cell className="text-right">{formatVnd(r.amount)}</Table.Cell>
            <Table.Cell className="text-right">{r.expected === null ? "—" : formatVnd(r.expected)}</Table.Cell>
            <Table.Cell>
              <Badge color={OUTCOME_COLOR[r.outcome]}>{OUTCOME_LABEL[r.outcome]}</Badge>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/**
 * The carriers' cash-on-delivery statements: the office uploads the CSV a carrier
 * sends with its payment, sees every line matched to our parcels and, below, every
 * mismatch still to chase (short, over, unknown parcel, paid twice). docs/carriers.md.
 */
const CodStatementsPage = () => {
  const [carrier, setCarrier] = useState<"ghn" | "ghtk">("ghn")
  const [statementRef, setStatementRef] = useState("")
  const [file, setFile] = useState<File | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [result, setResult] = useState<CodStatementImport | null>(null)
  const upload = useImportCodStatementCsv()
  const mismatches = useCodMismatches()

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    setResult(null)
    if (!statementRef.trim()) return setFormError("Nhập mã bảng kê của đơn vị vận chuyển.")
    if (!file) return setFormError("Chọn tệp CSV bảng kê.")
    if (file.size > MAX_BYTES) return setFormError("Tệp lớn hơn 1 MB: hãy tách bảng kê thành nhiều tệp.")
    try {
      const csv = await file.text()
      setResult(await upload.mutateAsync({ carrier, statement_ref: statementRef.trim(), csv }))
    } catch (e) {
      setFormError(errorMessage(e))
    }
  }

  const toChase = mismatches.data?.remittances ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Đối soát tiền thu hộ (COD)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Tải lên tệp CSV bảng kê đơn vị vận chuyển gửi kèm khoản chuyển tiền. Tệp cần một cột mã vận đơn (“Mã vận
            đơn”, “Mã đơn hàng”…) và một cột số tiền (“Tiền thu hộ”, “Tiền COD”…); các cột khác được bỏ qua.
          </Text>
        </div>
        <form className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-4 md:items-end" onSubmit={onSubmit} noValidate>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="cod-carrier">Đơn vị vận chuyển</Label>
            <Select value={carrier} onValueChange={(v) => setCarrier(v as "ghn" | "ghtk")}>
              <Select.Trigger id="cod-carrier">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="ghn">GHN – Giao Hàng Nhanh</Select.Item>
                <Select.Item value="ghtk">GHTK – Giao Hàng Tiết Kiệm</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="cod-ref">Mã bảng kê</Label>
            <Input
              id="cod-ref"
              value={statementRef}
              maxLength={100}
              placeholder="VD: GHN-2026-12-10"
              onChange={(e) => setStatementRef(e.target.value)}
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="cod-file">Tệp CSV (tối đa 1 MB)</Label>
            <input
              id="cod-file"
              type="file"
              accept=".csv,text/csv"
              className="txt-small"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <Button type="submit" isLoading={upload.isPending}>
            Đối soát
          </Button>
        </form>
        {formError && (
          <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
            {formError}
          </Text>
        )}
        {result && (
          <div className="flex flex-col gap-y-2 px-6 py-4" role="status">
            <Text size="small" weight="plus">
              Đã đối soát {result.remittances.length} dòng: {result.summary.exact} khớp, {result.summary.short} thiếu,{" "}
              {result.summary.over} thừa, {result.summary.unknown} không có kiện, {result.summary.duplicate} trả hai lần.
            </Text>
            <RemittanceRows rows={result.remittances} withLine />
          </div>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Chênh lệch cần xử lý</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Thiếu, thừa, mã vận đơn lạ và kiện được trả hai lần, mới nhất trước.
          </Text>
        </div>
        {mismatches.isLoading && <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Đang tải…</Text>}
        {mismatches.isError && (
          <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
            {errorMessage(mismatches.error)}
          </Text>
        )}
        {mismatches.data && toChase.length === 0 && (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Không có chênh lệch nào.</Text>
        )}
        {toChase.length > 0 && <RemittanceRows rows={toChase} withLine={false} />}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Đối soát COD",
  icon: Cash,
})

export default CodStatementsPage
