import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { ReasonDrawer } from "../components/reason-drawer"
import { RenewCertificationDrawer } from "../components/renew-certification-drawer"
import { useRevokeCertification } from "../hooks/use-certification-actions"
import {
  useProductCertifications,
  type AdminCertification,
} from "../hooks/use-product-certifications"
import { errorMessage, formatDate } from "../lib/format"

const STATUS_COLOR: Record<
  AdminCertification["status"],
  "green" | "orange" | "red" | "grey"
> = {
  active: "green",
  expired: "orange",
  revoked: "red",
  superseded: "grey",
  pending_review: "orange",
  rejected: "red",
}

const STATUS_LABEL: Record<AdminCertification["status"], string> = {
  active: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Bị thu hồi",
  superseded: "Đã thay thế",
  pending_review: "Chờ duyệt",
  rejected: "Bị từ chối",
}

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="grid grid-cols-2 items-start gap-2 px-6 py-2">
      <Text size="small" leading="compact" weight="plus">
        {label}
      </Text>
      <Text size="small" leading="compact">
        {value ?? "—"}
      </Text>
    </div>
  )
}

const ProductOcopCertificationWidget = ({
  data: product,
}: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, isError } = useProductCertifications(product.id)
  const current = data?.current
  const revoke = useRevokeCertification()
  const [renewing, setRenewing] = useState(false)
  const [revoking, setRevoking] = useState(false)
  const [revokeError, setRevokeError] = useState<string | null>(null)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Chứng nhận OCOP</Heading>
        {current && (
          <Badge color={STATUS_COLOR[current.status]}>
            {STATUS_LABEL[current.status]}
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
          Không tải được chứng nhận OCOP.
        </Text>
      )}
      {data && !current && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Sản phẩm chưa có chứng nhận OCOP.
        </Text>
      )}
      {current && (
        <div className="py-2">
          <Row
            label="Hạng sao"
            value={`${"★".repeat(current.stars)} (${current.stars} sao)`}
          />
          <Row label="Điểm" value={current.score ?? "chưa ghi nhận"} />
          <Row
            label="Quyết định"
            value={current.decision_number ?? "chưa ghi nhận"}
          />
          <Row
            label="Ngày quyết định"
            value={
              current.decision_date?.slice(0, 10) ?? current.recognized_year
            }
          />
          <Row label="Cơ quan cấp" value={current.issuing_body} />
          <Row label="Hiệu lực đến" value={current.valid_until?.slice(0, 10)} />
          <Row
            label="Chủ thể"
            value={data?.producer?.name ?? "chưa ghi nhận"}
          />
          <Row label="Địa chỉ trên chứng nhận" value={current.origin_address} />
          {current.status_reason && (
            <Row label="Lý do" value={current.status_reason} />
          )}
        </div>
      )}
      {current && (
        <div className="flex justify-end gap-x-2 px-6 py-3">
          {current.status === "active" && (
            <Button
              size="small"
              variant="danger"
              onClick={() => {
                setRevokeError(null)
                setRevoking(true)
              }}
            >
              Thu hồi
            </Button>
          )}
          <Button
            size="small"
            variant="secondary"
            onClick={() => setRenewing(true)}
          >
            Đánh giá lại / gia hạn
          </Button>
        </div>
      )}
      {data && data.certifications.length > 0 && (
        <div className="px-6 py-4">
          <Heading level="h3">Lịch sử chứng nhận</Heading>
          <ol className="mt-2 flex flex-col gap-y-2">
            {data.certifications.map((c) => (
              <li key={c.id} className="flex flex-col gap-y-0.5">
                <div className="flex items-center justify-between gap-x-2">
                  <Text size="small" weight="plus">
                    {c.decision_number ?? "Chưa ghi số"} ·{" "}
                    {formatDate(c.decision_date) !== "—"
                      ? formatDate(c.decision_date)
                      : (c.recognized_year ?? "—")}
                  </Text>
                  <Badge size="2xsmall" color={STATUS_COLOR[c.status]}>
                    {STATUS_LABEL[c.status]}
                  </Badge>
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  {c.stars} sao · {c.score ?? "—"} điểm · hiệu lực đến{" "}
                  {formatDate(c.valid_until)}
                </Text>
                {c.status_reason && (
                  <Text size="small" className="text-ui-fg-subtle">
                    Lý do: {c.status_reason}
                  </Text>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {current && renewing && (
        <RenewCertificationDrawer
          productId={product.id}
          current={current}
          open={renewing}
          onOpenChange={setRenewing}
          onDone={() => {
            setRenewing(false)
            toast.success("Đã ghi nhận quyết định mới")
          }}
        />
      )}
      <ReasonDrawer
        open={revoking}
        onOpenChange={setRevoking}
        title="Thu hồi chứng nhận OCOP"
        description="Dấu OCOP bị gỡ khỏi cửa hàng ngay; lý do được lưu lại."
        confirmText="Thu hồi"
        isPending={revoke.isPending}
        error={revokeError}
        onSubmit={(reason) =>
          current &&
          revoke.mutate(
            { id: current.id, reason },
            {
              onSuccess: () => {
                setRevoking(false)
                toast.success("Đã thu hồi chứng nhận")
              },
              onError: (e) => setRevokeError(errorMessage(e)),
            }
          )
        }
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOcopCertificationWidget
