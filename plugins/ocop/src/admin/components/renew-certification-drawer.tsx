import { Button, Drawer, Input, Label, Select, Text } from "@medusajs/ui"
import { useId, useState } from "react"
import type { AdminCertification } from "../hooks/use-product-certifications"
import { useRenewCertification } from "../hooks/use-certification-actions"
import { errorMessage } from "../lib/format"

/**
 * The re-evaluation form: the new decision's number and date, and the score and
 * stars if they changed (what is left blank is carried over by the API). The
 * API checks the rules (score vs stars, dates) and its message names the field.
 */
export function RenewCertificationDrawer({
  productId,
  current,
  open,
  onOpenChange,
  onDone,
}: {
  productId: string
  current: AdminCertification
  open: boolean
  onOpenChange: (open: boolean) => void
  onDone: () => void
}) {
  const id = useId()
  const renew = useRenewCertification(productId)
  const [decisionNumber, setDecisionNumber] = useState("")
  const [decisionDate, setDecisionDate] = useState("")
  const [score, setScore] = useState("")
  const [stars, setStars] = useState(String(current.stars))
  const [error, setError] = useState<string | null>(null)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setError(null)
    if (!decisionNumber.trim() || !decisionDate) {
      setError("Cần nhập số và ngày của quyết định.")
      return
    }
    renew.mutate(
      {
        decision_number: decisionNumber.trim(),
        decision_date: decisionDate,
        ...(score.trim() ? { score: Number(score) } : {}),
        ...(Number(stars) !== current.stars ? { stars: Number(stars) } : {}),
      },
      { onSuccess: onDone, onError: (e) => setError(errorMessage(e)) }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form className="flex h-full flex-col" onSubmit={submit} noValidate>
          <Drawer.Header>
            <Drawer.Title>Đánh giá lại / gia hạn chứng nhận</Drawer.Title>
            <Drawer.Description>
              Quyết định mới thay thế chứng nhận hiện tại; các thông tin không
              nhập được giữ như cũ.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor={`${id}-number`}>Số quyết định</Label>
              <Input
                id={`${id}-number`}
                value={decisionNumber}
                placeholder="vd. 1234/QĐ-UBND"
                required
                onChange={(e) => setDecisionNumber(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor={`${id}-date`}>Ngày quyết định</Label>
              <Input
                id={`${id}-date`}
                type="date"
                value={decisionDate}
                required
                onChange={(e) => setDecisionDate(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor={`${id}-score`}>Điểm đánh giá (0–100)</Label>
              <Input
                id={`${id}-score`}
                type="number"
                min={0}
                max={100}
                step="0.1"
                value={score}
                placeholder={current.score != null ? String(current.score) : ""}
                onChange={(e) => setScore(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label id={`${id}-stars-label`}>Hạng sao</Label>
              <Select value={stars} onValueChange={setStars}>
                <Select.Trigger aria-labelledby={`${id}-stars-label`}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {[3, 4, 5].map((n) => (
                    <Select.Item key={n} value={String(n)}>
                      {n} sao
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            {error && (
              <Text role="alert" size="small" className="text-ui-fg-error">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                Huỷ
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={renew.isPending}>
              Lưu quyết định mới
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
