// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import { describedText } from "~/lib/test-described-text"
import { BankAccountForm } from "./bank-account-form"

// The payout account form checks its native constraints (profile-constraints.ts) before
// sending; the action's schema (producer-bank-account-schema.server) stays the judge.
function renderForm(onAction = vi.fn()) {
  const Stub = createRemixStub([
    {
      path: "/producer/profile",
      Component: () => <BankAccountForm banks={[{ bin: "970436", name: "Vietcombank" }]} account={null} saved={false} />,
      action: () => {
        onAction()
        return null
      },
    },
  ])
  render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={["/producer/profile"]} />
    </LocaleContext.Provider>
  )
  return onAction
}

describe("the payout account form", () => {
  // happy-dom reads a pattern without the u/v flag, so the holder's name (\p{L}) is left to the browser tests.
  it("refuses an account number with a sign in it next to the field, and takes one written in groups", async () => {
    const onAction = renderForm()
    fireEvent.change(await screen.findByLabelText("Ngân hàng"), { target: { value: "970436" } })
    const number = screen.getByLabelText("Số tài khoản")
    fireEvent.change(number, { target: { value: "0071-AB#" } })
    fireEvent.click(screen.getByRole("button", { name: "Lưu tài khoản nhận tiền" }))

    await waitFor(() => expect(number.getAttribute("aria-invalid")).toBe("true"))
    expect(describedText(number)).toContain("Số tài khoản gồm 6–19 chữ số hoặc chữ cái.")
    expect(document.activeElement).toBe(number)
    expect(onAction).not.toHaveBeenCalled()

    // Fixing it clears its error as it is typed.
    fireEvent.input(number, { target: { value: "0071 0001 23456" } })
    await waitFor(() => expect(number.getAttribute("aria-invalid")).toBeNull())
  })
})
