import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type PointStock = {
  id: string
  name: string
  kind: "centre" | "point"
  province: { code: string; name: string | null }
  stock: {
    variant_id: string
    variant_title: string | null
    sku: string | null
    stocked_quantity: number
    reserved_quantity: number
    available_quantity: number
  }[]
}

// The same threshold the staff console and the storefront's "few left" use.
const LOW_STOCK = 5

/** Stock of this product at every OCOP sales point, from GET /admin/ocop/sales-points?product_id=. */
const ProductSalesPointsWidget = ({
  data: product,
}: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, isError } = useQuery({
    queryKey: ["ocop", "sales-point-stock", product.id],
    queryFn: () =>
      sdk.client.fetch<{ sales_points: PointStock[] }>(
        "/admin/ocop/sales-points",
        {
          query: { product_id: product.id },
        }
      ),
  })
  const points = data?.sales_points ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Tồn kho tại điểm bán OCOP</Heading>
      </div>
      {isLoading && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Đang tải…
        </Text>
      )}
      {isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          Không tải được tồn kho tại điểm bán.
        </Text>
      )}
      {data && points.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Chưa có điểm bán nào.
        </Text>
      )}
      {points.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Điểm bán</Table.HeaderCell>
              <Table.HeaderCell>Quy cách</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Tồn</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Đã giữ</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Có thể bán
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {points.flatMap((point) =>
              point.stock.length === 0
                ? [
                    <Table.Row key={point.id}>
                      <Table.Cell>{point.name}</Table.Cell>
                      <Table.Cell>Không bán sản phẩm này</Table.Cell>
                      <Table.Cell />
                      <Table.Cell />
                      <Table.Cell />
                    </Table.Row>,
                  ]
                : point.stock.map((line) => (
                    <Table.Row key={`${point.id}-${line.variant_id}`}>
                      <Table.Cell>{point.name}</Table.Cell>
                      <Table.Cell>
                        {line.variant_title ?? line.sku ?? line.variant_id}
                      </Table.Cell>
                      <Table.Cell className="text-right">
                        {line.stocked_quantity}
                      </Table.Cell>
                      <Table.Cell className="text-right">
                        {line.reserved_quantity}
                      </Table.Cell>
                      <Table.Cell className="text-right">
                        {line.available_quantity <= LOW_STOCK ? (
                          <Badge
                            color={
                              line.available_quantity === 0 ? "red" : "orange"
                            }
                            size="2xsmall"
                          >
                            {line.available_quantity}
                          </Badge>
                        ) : (
                          line.available_quantity
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))
            )}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductSalesPointsWidget
