// @vitest-environment happy-dom
import { json, redirect } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import StaffReceiveRoute from "./route"

const held = { variant_id: "variant_tuong", product_id: "prod_tuong", product_title: "Tương xay Thanh Hồ", variant_title: "Hũ 500 g", sku: null, available_quantity: 0 }
const path = "/sales-point/ocsp_1/receive"

describe("the receive form", () => {
  function renderConsole(onSubmit: () => Promise<Response>) {
    let renders = 0
    const Stub = createRemixStub([
      {
        path,
        Component: StaffReceiveRoute,
        loader: () => json({ locale: "vi", q: "", variants: [held], producers: [], formKey: `form-key-${++renders}` }),
        action: onSubmit,
      },
    ])
    return render(
      <LocaleContext.Provider value="vi">
        <Stub initialEntries={[path]} />
      </LocaleContext.Provider>
    )
  }

  it("cannot be sent again while it is being recorded, and is empty once it is, with a new key", async () => {
    let finish: (response: Response) => void = () => {}
    renderConsole(() => new Promise((resolve) => (finish = resolve)))
    const quantity = (await screen.findByLabelText("Số lượng")) as HTMLInputElement
    fireEvent.change(screen.getByLabelText("Sản phẩm"), { target: { value: held.variant_id } })
    fireEvent.change(quantity, { target: { value: "3" } })
    const firstKey = (document.querySelector('input[name="form_key"]') as HTMLInputElement).value
    fireEvent.click(screen.getByRole("button", { name: "Ghi nhận hàng nhận" }))

    const busy = await screen.findByRole("button", { name: "Đang lưu…" })
    expect(busy).toHaveProperty("disabled", true)

    finish(redirect(path))
    await waitFor(() => expect((document.querySelector('input[name="form_key"]') as HTMLInputElement).value).not.toBe(firstKey))
    expect((screen.getByLabelText("Số lượng") as HTMLInputElement).value).toBe("")
    expect((screen.getByLabelText("Sản phẩm") as HTMLSelectElement).value).toBe("")
    expect(screen.getByRole("button", { name: "Ghi nhận hàng nhận" })).toHaveProperty("disabled", false)
  })
})
