import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import {
  useProductCertifications,
  type AdminCertification,
} from "../hooks/use-product-certifications"

const STATUS_COLOR: Record<
  AdminCertification["status"],
  "green" | "orange" | "red" | "grey"
> = {
  active: "green",
  expired: "orange",
  revoked: "red",
  superseded: "grey",
}

const STATUS_LABEL: Record<AdminCertification["status"], string> = {
  active: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Bị thu hồi",
  superseded: "Đã thay thế",
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
      {data && data.certifications.length > 1 && (
        <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
          Lịch sử: {data.certifications.length} lần công nhận
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOcopCertificationWidget
