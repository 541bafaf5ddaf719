// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import { describedText } from "~/lib/test-described-text"
import NewListingRoute from "./route"

// The form as a producer meets it: no validation library in the browser (lib/form), the
// action's zod schema (listing-schema.server) is the judge.
function renderPage({ onAction = vi.fn(), answer = {}, actionData }: { onAction?: () => void; answer?: object; actionData?: unknown } = {}) {
  const Stub = createRemixStub([
    {
      id: "new-listing",
      path: "/producer/listings/new",
      Component: NewListingRoute,
      loader: () => json({ locale: "vi" }),
      action: () => {
        onAction()
        return json({ result: { status: "error", error: {}, ...answer } }, { status: 400 })
      },
    },
  ])
  render(
    <LocaleContext.Provider value="vi">
      <Stub
        initialEntries={["/producer/listings/new"]}
        hydrationData={actionData ? { loaderData: { "new-listing": { locale: "vi" } }, actionData: { "new-listing": actionData } } : undefined}
      />
    </LocaleContext.Provider>
  )
  return onAction
}

const packNames = () => screen.getAllByLabelText("Tên quy cách (ví dụ: Hộp 500 g)") as HTMLInputElement[]
const packPrices = () => screen.getAllByLabelText("Giá bán (đồng)") as HTMLInputElement[]

describe("new listing form", () => {
  it("checks each pack's native constraints before sending, with the field's own message, and focuses the first", async () => {
    const onAction = renderPage()
    const title = (await screen.findByLabelText("Tên sản phẩm")) as HTMLInputElement
    expect(title.getAttribute("minlength")).toBe("3")
    fireEvent.click(screen.getByRole("button", { name: "Thêm quy cách" }))
    expect(packNames().map((input) => input.name)).toEqual(["variants[0].title", "variants[1].title"])
    expect(packNames()[1].hasAttribute("required")).toBe(true)
    fireEvent.click(screen.getByRole("button", { name: "Lưu bản nháp" }))

    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"))
    expect(describedText(title)).toContain("Tên sản phẩm cần từ 3 đến 200 ký tự.")
    expect(describedText(screen.getByLabelText("Bộ tiêu chí OCOP (nhóm sản phẩm)"))).toContain("Vui lòng chọn bộ tiêu chí OCOP.")
    expect(describedText(packNames()[1])).toContain("Vui lòng nhập tên quy cách.")
    expect(describedText(packPrices()[1])).toContain("Giá là số đồng nguyên, ít nhất 1.000.")
    expect(document.activeElement).toBe(title)
    expect(onAction).not.toHaveBeenCalled()
  })

  it("removes a pack with its errors: the next pack moves up with its own values and errors", async () => {
    renderPage()
    fireEvent.click(await screen.findByRole("button", { name: "Thêm quy cách" }))
    fireEvent.change(packPrices()[0], { target: { value: "45.000" } })
    fireEvent.change(packNames()[1], { target: { value: "Hũ 500 g" } })
    fireEvent.click(screen.getByRole("button", { name: "Lưu bản nháp" }))
    await waitFor(() => expect(packNames()[0].getAttribute("aria-invalid")).toBe("true"))
    expect(packPrices()[1].getAttribute("aria-invalid")).toBe("true")

    fireEvent.click(screen.getByRole("button", { name: "Bỏ quy cách 1" }))
    await waitFor(() => expect(packNames()).toHaveLength(1))
    const [name] = packNames()
    const [price] = packPrices()
    expect(name.name).toBe("variants[0].title")
    expect(name.value).toBe("Hũ 500 g")
    expect(name.getAttribute("aria-invalid")).toBeNull()
    expect(price.value).toBe("")
    expect(price.getAttribute("aria-invalid")).toBe("true")
    expect(describedText(price)).toContain("Giá là số đồng nguyên, ít nhất 1.000.")
    expect(screen.queryByRole("button", { name: /Bỏ quy cách/ })).toBeNull()
  })

  it("keeps each pack's own values when one above it is removed after the server's answer", async () => {
    const typed = {
      title: "Khô cá lóc",
      category_set: "09",
      variants: [{ title: "Hũ 200 g", price_vnd: "500", sku: "HU200" }, { title: "Hũ 500 g", price_vnd: "45.000" }],
    }
    const onAction = renderPage({ answer: { initialValue: typed, error: { "variants[0].price_vnd": ["producerPortal.errors.price"] } } })
    fireEvent.change(await screen.findByLabelText("Tên sản phẩm"), { target: { value: typed.title } })
    fireEvent.change(screen.getByLabelText("Bộ tiêu chí OCOP (nhóm sản phẩm)"), { target: { value: "09" } })
    fireEvent.click(screen.getByRole("button", { name: "Thêm quy cách" }))
    const skus = () => screen.getAllByLabelText("Mã SKU (không bắt buộc)") as HTMLInputElement[]
    typed.variants.forEach((pack, i) => {
      fireEvent.change(packNames()[i], { target: { value: pack.title } })
      fireEvent.change(packPrices()[i], { target: { value: pack.price_vnd } })
    })
    fireEvent.change(skus()[0], { target: { value: "HU200" } })
    fireEvent.click(screen.getByRole("button", { name: "Lưu bản nháp" }))
    await waitFor(() => expect(packPrices()[0].getAttribute("aria-invalid")).toBe("true"))
    expect(onAction).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(document.activeElement).toBe(packPrices()[0]))

    fireEvent.click(screen.getByRole("button", { name: "Bỏ quy cách 1" }))
    await waitFor(() => expect(packNames()).toHaveLength(1))
    expect(packNames()[0].value).toBe("Hũ 500 g")
    expect(packPrices()[0].value).toBe("45.000")
    expect(packPrices()[0].getAttribute("aria-invalid")).toBeNull()
    expect(skus()[0].value).toBe("")
  })

  it("shows the packs the server sent back after a pack button without JavaScript, without errors", async () => {
    // The answer to an intent (adding a pack): no status, and errors the producer did not ask for.
    const answer = {
      initialValue: { title: "Khô cá lóc", variants: [{ title: "Hũ 500 g", price_vnd: "45.000" }, null] },
      error: { category_set: ["producerPortal.errors.category"] },
    }
    renderPage({ actionData: { result: answer } })
    await waitFor(() => expect(packNames()).toHaveLength(2))
    expect(packNames()[0].value).toBe("Hũ 500 g")
    expect(packPrices()[0].value).toBe("45.000")
    expect(packNames()[1].value).toBe("")
    expect((screen.getByLabelText("Tên sản phẩm") as HTMLInputElement).value).toBe("Khô cá lóc")
    expect(screen.getByLabelText("Bộ tiêu chí OCOP (nhóm sản phẩm)").getAttribute("aria-invalid")).toBeNull()
  })
})
