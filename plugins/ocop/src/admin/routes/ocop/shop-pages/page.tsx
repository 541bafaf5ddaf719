import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Button,
  Container,
  Heading,
  Input,
  Label,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import {
  type AdminShopPage,
  useSaveShopPage,
  useShopPages,
} from "../../../hooks/use-shop-pages"
import { errorMessage, formatDate } from "../../../lib/format"

const PAGE_NAMES: Record<string, string> = {
  "chinh-sach-doi-tra": "Chính sách đổi trả",
  "chinh-sach-bao-mat": "Chính sách bảo mật",
  "chinh-sach-van-chuyen": "Chính sách vận chuyển",
  "phuong-thuc-thanh-toan": "Phương thức thanh toán",
}

/** One page's form: its title and text, saved on their own. */
const PageForm = ({ page }: { page: AdminShopPage }) => {
  const save = useSaveShopPage()
  const [error, setError] = useState<string | null>(null)
  const id = `shop-page-${page.slug}`

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setError(null)
    save.mutate(
      { slug: page.slug, title: String(form.get("title") ?? ""), body: String(form.get("body") ?? "") },
      {
        onSuccess: () => toast.success(`Đã lưu "${PAGE_NAMES[page.slug] ?? page.slug}"`),
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-5" aria-labelledby={`${id}-heading`}>
      <div className="flex items-baseline justify-between gap-x-4">
        <Heading level="h2" id={`${id}-heading`}>
          {PAGE_NAMES[page.slug] ?? page.slug}
        </Heading>
        {/* The shop's address of the page (the storefront is another origin than Admin). */}
        <Text size="small" className="text-ui-fg-subtle">
          /pages/{page.slug}
        </Text>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${id}-title`}>Tiêu đề</Label>
        <Input id={`${id}-title`} name="title" defaultValue={page.title} required maxLength={200} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${id}-body`}>Nội dung</Label>
        <Textarea id={`${id}-body`} name="body" defaultValue={page.body} required rows={10} maxLength={20000} aria-describedby={`${id}-hint`} />
        <Text size="small" id={`${id}-hint`} className="text-ui-fg-subtle">
          Văn bản thường: để một dòng trống giữa hai đoạn, dòng bắt đầu bằng "- " là một ý trong danh sách, dòng
          bắt đầu bằng "## " là tiêu đề nhỏ. Bản tiếng Anh sửa ở Settings → Translations.
        </Text>
      </div>
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error">
          Không lưu được: {error}
        </Text>
      )}
      <div className="flex items-center justify-between gap-x-3">
        <Text size="small" className="text-ui-fg-subtle">
          {page.updated_at ? `Cập nhật ${formatDate(page.updated_at)}` : "Chưa có nội dung: cửa hàng chưa hiện trang này"}
        </Text>
        <Button type="submit" size="small" isLoading={save.isPending}>
          Lưu
        </Button>
      </div>
    </form>
  )
}

const ShopPagesPage = () => {
  const { data, isLoading, isError, error, refetch } = useShopPages()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Trang chính sách</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Các trang chân trang cửa hàng phải có: đổi trả, bảo mật, vận chuyển, thanh toán
        </Text>
      </div>
      {isLoading && (
        <Text size="small" role="status" className="px-6 py-4 text-ui-fg-subtle">
          Đang tải…
        </Text>
      )}
      {isError && (
        <div className="flex items-center gap-x-3 px-6 py-4" role="alert">
          <Text size="small" className="text-ui-fg-error">
            Không tải được: {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            Thử lại
          </Button>
        </div>
      )}
      {data?.shop_pages.map((page) => <PageForm key={`${page.slug}-${page.updated_at}`} page={page} />)}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Trang chính sách",
})

export default ShopPagesPage
