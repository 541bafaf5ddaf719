import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { BarChart } from "../../components/bar-chart"
import { useOcopDashboard } from "../../hooks/use-ocop-dashboard"
import { errorMessage, formatDate, formatVnd } from "../../lib/format"

const OcopDashboardPage = () => {
  const { data, isLoading, isError, error } = useOcopDashboard()
  const dashboard = data?.dashboard

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Chương trình OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {dashboard
              ? `Số liệu đến ngày ${formatDate(dashboard.today)} · ${dashboard.products_total} sản phẩm OCOP`
              : "Số liệu báo cáo của chương trình OCOP tỉnh"}
          </Text>
        </div>
        <Link
          to="/ocop/review"
          className="text-ui-fg-interactive txt-compact-small-plus"
        >
          Duyệt chứng nhận OCOP →
        </Link>
      </Container>

      {isLoading && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle" role="status">
            Đang tải số liệu…
          </Text>
        </Container>
      )}
      {isError && (
        <Container>
          <Text size="small" className="text-ui-fg-error" role="alert">
            Không tải được số liệu: {errorMessage(error)}
          </Text>
        </Container>
      )}

      {dashboard && (
        <>
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <Container className="p-0">
              <BarChart
                title="Sản phẩm OCOP theo hạng sao"
                bars={dashboard.products_by_stars.map((b) => ({
                  key: String(b.value),
                  label: `${b.value} sao (${b.label})`,
                  value: b.count,
                  note: b.expired
                    ? `${b.active} còn hiệu lực, ${b.expired} hết hạn`
                    : undefined,
                }))}
              />
            </Container>
            <Container className="p-0">
              <BarChart
                title="Sản phẩm OCOP theo tỉnh"
                bars={dashboard.products_by_province.map((b) => ({
                  key: b.value,
                  label: b.label,
                  value: b.count,
                }))}
              />
            </Container>
            <Container className="p-0">
              <BarChart
                title="Sản phẩm OCOP theo ngành"
                bars={dashboard.products_by_sector.map((b) => ({
                  key: String(b.value),
                  label: b.label,
                  value: b.count,
                }))}
              />
            </Container>
            <Container className="p-0">
              <BarChart
                title="Chủ thể theo loại hình"
                bars={dashboard.producers_by_type.map((b) => ({
                  key: b.value ?? "none",
                  label: b.label,
                  value: b.count,
                }))}
              />
            </Container>
          </div>

          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">
                Chứng nhận hết hạn trong {dashboard.expiring.within_days} ngày
                tới
              </Heading>
            </div>
            {dashboard.expiring.certifications.length === 0 ? (
              <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
                Không có chứng nhận nào sắp hết hạn.
              </Text>
            ) : (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                    <Table.HeaderCell>Chủ thể</Table.HeaderCell>
                    <Table.HeaderCell>Hạng sao</Table.HeaderCell>
                    <Table.HeaderCell>Hiệu lực đến</Table.HeaderCell>
                    <Table.HeaderCell>Còn lại</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {dashboard.expiring.certifications.map((c) => (
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
                      <Table.Cell>{c.producer?.name ?? "—"}</Table.Cell>
                      <Table.Cell>{c.stars} sao</Table.Cell>
                      <Table.Cell>{formatDate(c.valid_until)}</Table.Cell>
                      <Table.Cell>
                        <Badge
                          size="2xsmall"
                          color={c.days_left <= 14 ? "red" : "orange"}
                        >
                          {c.days_left} ngày
                        </Badge>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </Container>

          <Container className="divide-y p-0">
            <BarChart
              title="Doanh số sản phẩm OCOP theo tháng"
              bars={dashboard.sales_by_month.map((m) => ({
                key: m.month,
                label: `Tháng ${m.month.slice(5)}/${m.month.slice(0, 4)}`,
                value: m.revenue_vnd,
                note: `${m.orders} đơn, ${m.quantity} sản phẩm`,
              }))}
              format={formatVnd}
              empty="Chưa có đơn hàng nào có sản phẩm OCOP."
            />
            <BarChart
              title="Doanh số theo điểm bán"
              bars={dashboard.sales_by_point.map((p) => ({
                key: p.sales_point_id ?? "online",
                label: p.name,
                value: p.revenue_vnd,
                note: `${p.orders} đơn, ${p.quantity} sản phẩm`,
              }))}
              format={formatVnd}
              empty="Chưa có điểm bán OCOP nào."
            />
          </Container>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Chương trình OCOP",
  icon: ChartBar,
})

export default OcopDashboardPage
