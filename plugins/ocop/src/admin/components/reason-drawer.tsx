import { Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useId, useState } from "react"

/**
 * A drawer asking for the reason of a decision (reject, revoke). The reason is
 * required, as the API requires it (3 to 1000 characters); the API's own error,
 * which names the field, is shown if it still refuses.
 */
export function ReasonDrawer({
  open,
  onOpenChange,
  title,
  description,
  confirmText,
  isPending,
  error,
  onSubmit,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmText: string
  isPending: boolean
  error: string | null
  onSubmit: (reason: string) => void
}) {
  const id = useId()
  const [reason, setReason] = useState("")
  const [touched, setTouched] = useState(false)
  const tooShort = reason.trim().length < 3
  const shownError = touched && tooShort ? "Lý do cần ít nhất 3 ký tự." : error

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setReason("")
          setTouched(false)
        }
        onOpenChange(next)
      }}
    >
      <Drawer.Content>
        <form
          className="flex h-full flex-col"
          onSubmit={(event) => {
            event.preventDefault()
            setTouched(true)
            if (!tooShort) onSubmit(reason.trim())
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description>{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-2">
            <Label htmlFor={`${id}-reason`}>Lý do (bắt buộc)</Label>
            <Textarea
              id={`${id}-reason`}
              value={reason}
              rows={6}
              maxLength={1000}
              aria-invalid={Boolean(shownError)}
              aria-describedby={shownError ? `${id}-error` : undefined}
              onChange={(event) => setReason(event.target.value)}
              onBlur={() => setTouched(true)}
            />
            {shownError && (
              <Text
                id={`${id}-error`}
                role="alert"
                size="small"
                className="text-ui-fg-error"
              >
                {shownError}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                Huỷ
              </Button>
            </Drawer.Close>
            <Button variant="danger" type="submit" isLoading={isPending}>
              {confirmText}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
