// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import RegisterRoute, { action } from "./route"
import { describedText } from "~/lib/test-described-text"

// The form as a shopper meets it: no validation library in the browser (lib/form), the
// action's zod schema (account-schema.server) is the judge.
function renderPage(onAction = vi.fn()) {
  const Stub = createRemixStub([
    {
      path: "/account/register",
      Component: RegisterRoute,
      loader: () => ({ locale: "vi", redirectTo: "/account" }),
      action: (args) => {
        onAction()
        return action(args)
      },
    },
  ])
  render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={["/account/register"]} />
    </LocaleContext.Provider>
  )
  return onAction
}

describe("register form", () => {
  it("shows the server's error next to the field it names, focuses it and keeps what was typed", async () => {
    const onAction = renderPage()
    fireEvent.change(await screen.findByLabelText("Họ và tên"), { target: { value: "Lê Văn Hùng" } })
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "hung@example.com" } })
    fireEvent.change(screen.getByLabelText("Mật khẩu"), { target: { value: "mat-khau-1" } })
    fireEvent.change(screen.getByLabelText("Nhập lại mật khẩu"), { target: { value: "mat-khau-2" } })
    fireEvent.click(screen.getByRole("button", { name: "Tạo tài khoản" }))

    const confirm = screen.getByLabelText("Nhập lại mật khẩu")
    await waitFor(() => expect(confirm.getAttribute("aria-invalid")).toBe("true"))
    expect(onAction).toHaveBeenCalledTimes(1)
    expect(describedText(confirm)).toContain("Hai mật khẩu chưa khớp nhau.")
    await waitFor(() => expect(document.activeElement).toBe(confirm))
    expect((screen.getByLabelText("Họ và tên") as HTMLInputElement).value).toBe("Lê Văn Hùng")
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("hung@example.com")
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBeNull()
  })

  it("checks the native constraints before sending, with each field's own message", async () => {
    const onAction = renderPage()
    const name = await screen.findByLabelText("Họ và tên")
    expect(name.hasAttribute("required")).toBe(true)
    expect(name.getAttribute("minlength")).toBe("2")
    expect(screen.getByLabelText("Email").getAttribute("type")).toBe("email")
    expect(screen.getByLabelText("Mật khẩu").getAttribute("minlength")).toBe("8")
    fireEvent.click(screen.getByRole("button", { name: "Tạo tài khoản" }))

    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"))
    expect(describedText(name)).toContain("Vui lòng nhập họ và tên")
    expect(describedText(screen.getByLabelText("Email"))).toContain("Email chưa đúng định dạng")
    expect(document.activeElement).toBe(name)
    expect(onAction).not.toHaveBeenCalled()

    // Fixing a field clears its error as it is typed.
    fireEvent.input(name, { target: { value: "Lê Văn Hùng" } })
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBeNull())
  })
})
