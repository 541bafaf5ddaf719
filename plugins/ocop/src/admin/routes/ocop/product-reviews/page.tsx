import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Badge,
  Button,
  Container,
  Heading,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ReasonDrawer } from "../../../components/reason-drawer"
import {
  type AdminProductReview,
  useProductReviews,
  useReviewVisibility,
} from "../../../hooks/use-product-reviews"
import { errorMessage, formatDate } from "../../../lib/format"
import { safeHref } from "../../../lib/safe-href"

const STATUS_FILTERS = [
  { value: "all", label: "Tất cả" },
  { value: "published", label: "Đang hiện" },
  { value: "hidden", label: "Đã ẩn" },
] as const

const ProductReviewsPage = () => {
  const [filter, setFilter] = useState<"all" | "published" | "hidden">("all")
  const { data, isLoading, isError, error, refetch } = useProductReviews(
    filter === "all" ? "" : filter
  )
  const visibility = useReviewVisibility()
  const [hiding, setHiding] = useState<AdminProductReview | null>(null)
  const [hideError, setHideError] = useState<string | null>(null)
  const reviews = data?.reviews ?? []

  const hide = (reason: string) => {
    if (!hiding) return
    setHideError(null)
    visibility.mutate(
      { id: hiding.id, action: "hide", reason },
      {
        onSuccess: () => {
          toast.success("Đã ẩn đánh giá; nhà sản xuất sẽ thấy lý do")
          setHiding(null)
        },
        onError: (e) => setHideError(errorMessage(e)),
      }
    )
  }

  const show = (review: AdminProductReview) =>
    visibility.mutate(
      { id: review.id, action: "show" },
      {
        onSuccess: () => toast.success("Đánh giá hiện lại trên cửa hàng"),
        onError: (e) =>
          toast.error("Không hiện lại được", { description: errorMessage(e) }),
      }
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Đánh giá sản phẩm</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Đánh giá của người mua đã nhận hàng; ẩn một đánh giá kèm lý do
          </Text>
        </div>
        <div className="flex items-center gap-x-3">
          {data && (
            <Badge className="whitespace-nowrap">{data.count} đánh giá</Badge>
          )}
          <Select
            value={filter}
            onValueChange={(v) => setFilter(v as typeof filter)}
          >
            <Select.Trigger aria-label="Lọc theo trạng thái">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUS_FILTERS.map((f) => (
                <Select.Item key={f.value} value={f.value}>
                  {f.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>

      {isLoading && (
        <Text size="small" role="status" className="px-6 py-4 text-ui-fg-subtle">
          Đang tải danh sách…
        </Text>
      )}
      {isError && (
        <div className="flex items-center gap-x-3 px-6 py-4" role="alert">
          <Text size="small" className="text-ui-fg-error">
            Không tải được danh sách: {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            Thử lại
          </Button>
        </div>
      )}
      {data && reviews.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Chưa có đánh giá nào.
        </Text>
      )}
      {reviews.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Sao</Table.HeaderCell>
              <Table.HeaderCell>Nhận xét</Table.HeaderCell>
              <Table.HeaderCell>Người mua · ngày</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">Thao tác</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {reviews.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Link
                    to={`/products/${r.product_id}`}
                    className="text-ui-fg-interactive"
                  >
                    {r.product_title ?? r.product_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <span
                    role="img"
                    aria-label={`${r.rating} trên 5 sao`}
                    className="whitespace-nowrap text-ui-tag-orange-icon"
                  >
                    {"★".repeat(r.rating)}
                    {"☆".repeat(5 - r.rating)}
                  </span>
                </Table.Cell>
                <Table.Cell className="max-w-md whitespace-normal">
                  <Text size="small">{r.body}</Text>
                  {r.photos.length > 0 && (
                    <div className="mt-1 flex gap-x-2">
                      {r.photos.map((p, i) => {
                        const url = safeHref(p)
                        return url ? (
                          <a key={p + i} href={url} target="_blank" rel="noreferrer">
                            <img
                              src={url}
                              alt={`Ảnh ${i + 1} của người mua`}
                              className="h-10 w-10 rounded border object-cover"
                            />
                          </a>
                        ) : null
                      })}
                    </div>
                  )}
                  {r.reply && (
                    <Text size="small" className="mt-1 text-ui-fg-subtle">
                      Nhà sản xuất: {r.reply}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {r.author_name ?? "Người mua"}
                  <br />
                  <span className="text-ui-fg-subtle">{formatDate(r.created_at)}</span>
                </Table.Cell>
                <Table.Cell>
                  {r.status === "hidden" ? (
                    <>
                      <Badge color="orange" className="whitespace-nowrap">
                        Đã ẩn
                      </Badge>
                      <Text size="small" className="text-ui-fg-subtle">
                        {r.hidden_reason}
                      </Text>
                    </>
                  ) : (
                    <Badge color="green" className="whitespace-nowrap">
                      Đang hiện
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end">
                    {r.status === "hidden" ? (
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={visibility.isPending}
                        onClick={() => show(r)}
                      >
                        Hiện lại
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={visibility.isPending}
                        onClick={() => {
                          setHideError(null)
                          setHiding(r)
                        }}
                      >
                        Ẩn
                      </Button>
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <ReasonDrawer
        open={hiding !== null}
        onOpenChange={(open) => !open && setHiding(null)}
        title="Ẩn đánh giá"
        description={`Đánh giá về "${hiding?.product_title ?? ""}" sẽ không còn trên cửa hàng và không tính vào điểm trung bình. Nhà sản xuất sẽ thấy lý do.`}
        confirmText="Ẩn đánh giá"
        isPending={visibility.isPending}
        error={hideError}
        onSubmit={hide}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Đánh giá sản phẩm",
})

export default ProductReviewsPage
