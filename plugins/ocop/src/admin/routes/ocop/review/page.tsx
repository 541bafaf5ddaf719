import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Badge,
  Button,
  Container,
  Heading,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ReasonDrawer } from "../../../components/reason-drawer"
import {
  useReviewDecision,
  useReviewQueue,
  type PendingCertification,
} from "../../../hooks/use-review-queue"
import { errorMessage, formatDate } from "../../../lib/format"
import { safeHref } from "../../../lib/safe-href"

const ISSUING_LEVEL: Record<string, string> = {
  province: "cấp tỉnh",
  central: "cấp trung ương",
  district: "cấp huyện",
}

const isImage = (url: string) => /\.(png|jpe?g|webp|gif)(\?|$)/i.test(url)

function Scan({ url: stored }: { url: string | null }) {
  if (!stored) return <Text size="small">Không có bản scan</Text>
  const url = safeHref(stored)
  if (!url) return <Text size="small">Địa chỉ bản scan không hợp lệ</Text>
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      className="text-ui-fg-interactive inline-flex items-center gap-x-2"
    >
      {isImage(url) && (
        <img
          src={url}
          alt="Bản scan giấy chứng nhận"
          className="h-12 w-12 rounded border object-cover"
        />
      )}
      Xem bản scan
    </a>
  )
}

const ReviewQueuePage = () => {
  const { data, isLoading, isError, error, refetch } = useReviewQueue()
  const decide = useReviewDecision()
  const prompt = usePrompt()
  const [rejecting, setRejecting] = useState<PendingCertification | null>(null)
  const [rejectError, setRejectError] = useState<string | null>(null)
  const queue = data?.certifications ?? []

  const approve = async (c: PendingCertification) => {
    const confirmed = await prompt({
      title: "Duyệt chứng nhận?",
      description: `"${c.product?.title ?? c.id}" (${c.stars} sao) sẽ được công bố trên cửa hàng với dấu OCOP.`,
      confirmText: "Duyệt",
      cancelText: "Huỷ",
      variant: "confirmation",
    })
    if (!confirmed) return
    decide.mutate(
      { id: c.id, decision: "approve" },
      {
        onSuccess: () => toast.success("Đã duyệt chứng nhận"),
        onError: (e) =>
          toast.error("Không duyệt được", { description: errorMessage(e) }),
      }
    )
  }

  const reject = (reason: string) => {
    if (!rejecting) return
    setRejectError(null)
    decide.mutate(
      { id: rejecting.id, decision: "reject", reason },
      {
        onSuccess: () => {
          toast.success("Đã từ chối; chủ thể sẽ thấy lý do")
          setRejecting(null)
        },
        onError: (e) => setRejectError(errorMessage(e)),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Duyệt chứng nhận OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chứng nhận do chủ thể gửi lên, chờ văn phòng OCOP duyệt
          </Text>
        </div>
        {data && <Badge>{data.count} chờ duyệt</Badge>}
      </div>

      {isLoading && (
        <Text
          size="small"
          role="status"
          className="px-6 py-4 text-ui-fg-subtle"
        >
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
      {data && queue.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Không có chứng nhận nào chờ duyệt.
        </Text>
      )}
      {queue.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Chủ thể</Table.HeaderCell>
              <Table.HeaderCell>Hạng sao · điểm</Table.HeaderCell>
              <Table.HeaderCell>Quyết định</Table.HeaderCell>
              <Table.HeaderCell>Bản scan</Table.HeaderCell>
              <Table.HeaderCell>Gửi lúc</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">Thao tác</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {queue.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  {c.product ? (
                    <Link
                      to={`/products/${c.product.id}`}
                      className="text-ui-fg-interactive"
                    >
                      {c.product.title}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell>{c.product?.producer?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  {c.stars} sao · {c.score ?? "—"} điểm
                </Table.Cell>
                <Table.Cell>
                  {c.decision_number ?? "—"}
                  <br />
                  <span className="text-ui-fg-subtle">
                    {formatDate(c.decision_date)}{" "}
                    {c.issuing_level
                      ? (ISSUING_LEVEL[c.issuing_level] ?? c.issuing_level)
                      : ""}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <Scan url={c.certificate_scan_url} />
                </Table.Cell>
                <Table.Cell>{formatDate(c.created_at)}</Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-x-2">
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={decide.isPending}
                      onClick={() => {
                        setRejectError(null)
                        setRejecting(c)
                      }}
                    >
                      Từ chối
                    </Button>
                    <Button
                      size="small"
                      disabled={decide.isPending}
                      onClick={() => approve(c)}
                    >
                      Duyệt
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <ReasonDrawer
        open={rejecting !== null}
        onOpenChange={(open) => !open && setRejecting(null)}
        title="Từ chối chứng nhận"
        description={`Chủ thể sẽ thấy lý do từ chối cho "${rejecting?.product?.title ?? ""}".`}
        confirmText="Từ chối"
        isPending={decide.isPending}
        error={rejectError}
        onSubmit={reject}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Duyệt chứng nhận OCOP",
})

export default ReviewQueuePage
