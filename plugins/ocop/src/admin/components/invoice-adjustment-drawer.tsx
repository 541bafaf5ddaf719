import { Button, Drawer, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useId, useState } from "react"
import type { AdminAdjustInvoiceBody } from "../hooks/use-invoices"

type LineDraft = { title: string; quantity: string; unit_price: string; vat_rate: string }
const emptyLine = (): LineDraft => ({ title: "", quantity: "1", unit_price: "", vat_rate: "8" })

/** What the form holds, as the API takes it, or the first thing to fix (naming the field). */
export function adjustmentBody(
  reason: string,
  source: "return" | "correction",
  direction: "increase" | "decrease",
  lines: LineDraft[]
): AdminAdjustInvoiceBody | string {
  if (reason.trim().length < 3) return "Lý do cần ít nhất 3 ký tự."
  if (source === "return") return { reason: reason.trim(), source }
  const parsed: { title: string; quantity: number; unit_price: number; vat_rate: number | null }[] = []
  for (const [i, l] of lines.entries()) {
    const quantity = Number(l.quantity)
    const unit_price = Number(l.unit_price.replace(/[.\s]/g, ""))
    if (!l.title.trim()) return `Dòng ${i + 1}: nhập tên hàng hóa, dịch vụ.`
    if (!Number.isInteger(quantity) || quantity < 1) return `Dòng ${i + 1}: số lượng là số nguyên từ 1.`
    if (!Number.isInteger(unit_price) || unit_price < 1) return `Dòng ${i + 1}: đơn giá (đã gồm thuế) là số đồng từ 1.`
    parsed.push({ title: l.title.trim(), quantity, unit_price, vat_rate: l.vat_rate === "KCT" ? null : Number(l.vat_rate) })
  }
  return { reason: reason.trim(), source, direction, lines: parsed }
}

/**
 * Draws up an adjustment invoice (hóa đơn điều chỉnh) for an issued invoice: after a
 * partial return (drawn from the order, nothing to type) or for a correction (the
 * office types what changes, VAT included; the VAT is taken out at each line's rate).
 */
export function InvoiceAdjustmentDrawer({
  open,
  onOpenChange,
  invoiceLabel,
  isPending,
  error,
  onSubmit,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  invoiceLabel: string
  isPending: boolean
  error: string | null
  onSubmit: (body: AdminAdjustInvoiceBody) => void
}) {
  const id = useId()
  const [reason, setReason] = useState("")
  const [source, setSource] = useState<"return" | "correction">("return")
  const [direction, setDirection] = useState<"increase" | "decrease">("decrease")
  const [lines, setLines] = useState<LineDraft[]>([emptyLine()])
  const [formError, setFormError] = useState<string | null>(null)
  const shownError = formError ?? error
  const setLine = (i: number, patch: Partial<LineDraft>) =>
    setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)))

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setReason("")
          setSource("return")
          setLines([emptyLine()])
          setFormError(null)
        }
        onOpenChange(next)
      }}
    >
      <Drawer.Content>
        <form
          className="flex h-full flex-col"
          onSubmit={(event) => {
            event.preventDefault()
            const body = adjustmentBody(reason, source, direction, lines)
            if (typeof body === "string") return setFormError(body)
            setFormError(null)
            onSubmit(body)
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Lập hóa đơn điều chỉnh</Drawer.Title>
            <Drawer.Description>
              Điều chỉnh cho hóa đơn {invoiceLabel}. Hóa đơn đã phát hành không bị sửa; hóa đơn điều chỉnh chỉ ghi phần chênh lệch.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor={`${id}-source`}>Điều chỉnh vì</Label>
              <Select value={source} onValueChange={(v) => setSource(v as typeof source)}>
                <Select.Trigger id={`${id}-source`}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="return">Khách trả lại một phần hàng (tính từ đơn hàng)</Select.Item>
                  <Select.Item value="correction">Sai sót về số lượng, đơn giá, thuế suất…</Select.Item>
                </Select.Content>
              </Select>
              {source === "return" ? (
                <Text size="small" className="text-ui-fg-subtle">
                  Ghi nhận phiếu trả hàng trong đơn trước; hóa đơn điều chỉnh giảm đúng phần hàng đã nhận lại.
                </Text>
              ) : null}
            </div>
            {source === "correction" ? (
              <>
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor={`${id}-direction`}>Chiều điều chỉnh</Label>
                  <Select value={direction} onValueChange={(v) => setDirection(v as typeof direction)}>
                    <Select.Trigger id={`${id}-direction`}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value="decrease">Điều chỉnh giảm</Select.Item>
                      <Select.Item value="increase">Điều chỉnh tăng</Select.Item>
                    </Select.Content>
                  </Select>
                </div>
                {lines.map((line, i) => (
                  <fieldset key={i} className="flex flex-col gap-y-2 rounded-md border p-3">
                    <legend className="px-1 text-sm">Dòng {i + 1}</legend>
                    <Label htmlFor={`${id}-title-${i}`}>Tên hàng hóa, dịch vụ</Label>
                    <Input id={`${id}-title-${i}`} value={line.title} onChange={(e) => setLine(i, { title: e.target.value })} />
                    <div className="grid grid-cols-3 gap-2">
                      <div>
                        <Label htmlFor={`${id}-qty-${i}`}>Số lượng</Label>
                        <Input id={`${id}-qty-${i}`} inputMode="numeric" value={line.quantity} onChange={(e) => setLine(i, { quantity: e.target.value })} />
                      </div>
                      <div>
                        <Label htmlFor={`${id}-price-${i}`}>Đơn giá (gồm thuế, đồng)</Label>
                        <Input id={`${id}-price-${i}`} inputMode="numeric" value={line.unit_price} onChange={(e) => setLine(i, { unit_price: e.target.value })} />
                      </div>
                      <div>
                        <Label htmlFor={`${id}-vat-${i}`}>Thuế suất</Label>
                        <Select value={line.vat_rate} onValueChange={(v) => setLine(i, { vat_rate: v })}>
                          <Select.Trigger id={`${id}-vat-${i}`}>
                            <Select.Value />
                          </Select.Trigger>
                          <Select.Content>
                            {["10", "8", "5", "0", "KCT"].map((r) => (
                              <Select.Item key={r} value={r}>
                                {r === "KCT" ? "KCT (không chịu thuế)" : `${r}%`}
                              </Select.Item>
                            ))}
                          </Select.Content>
                        </Select>
                      </div>
                    </div>
                    {lines.length > 1 ? (
                      <Button type="button" size="small" variant="transparent" onClick={() => setLines((all) => all.filter((_, j) => j !== i))}>
                        Bỏ dòng này
                      </Button>
                    ) : null}
                  </fieldset>
                ))}
                <Button type="button" size="small" variant="secondary" onClick={() => setLines((all) => [...all, emptyLine()])}>
                  Thêm dòng
                </Button>
              </>
            ) : null}
            <div className="flex flex-col gap-y-1">
              <Label htmlFor={`${id}-reason`}>Lý do (in trên hóa đơn, bắt buộc)</Label>
              <Textarea id={`${id}-reason`} rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            {shownError ? (
              <Text role="alert" size="small" className="text-ui-fg-error">
                {shownError}
              </Text>
            ) : null}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                Huỷ
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={isPending}>
              Lập hóa đơn điều chỉnh
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
