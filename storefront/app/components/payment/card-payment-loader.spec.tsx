// @vitest-environment happy-dom
import { render, screen } from "@testing-library/react"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { loadMessages } from "~/lib/i18n"
import { commonMessageLoaders } from "~/lib/messages/common/lazy"
import { shopCheckoutMessageLoaders } from "~/lib/messages/shop-checkout/lazy"
import { CardPaymentLoader } from "./card-payment-loader"

// Stands in for Stripe's form: what matters here is what the shopper sees before it arrives.
vi.mock("./card-payment", () => ({ CardPayment: () => <p>Stripe's card fields</p> }))

beforeAll(() => loadMessages(commonMessageLoaders, shopCheckoutMessageLoaders))

describe("CardPaymentLoader", () => {
  it("shows the card form waiting, with its title and the amount on a button that cannot pay yet, then Stripe's fields", async () => {
    render(<CardPaymentLoader publishableKey="pk_test" clientSecret="pi_secret" amount={185000} returnPath="/checkout?card_return=1" />)
    expect(screen.getByRole("group", { name: "Thông tin thẻ" })).toBeTruthy()
    expect(screen.getByRole("status").textContent).toBe("Đang tải…")
    const pay = screen.getByRole("button", { name: /^Thanh toán 185.000/ }) as HTMLButtonElement
    expect(pay.disabled).toBe(true)
    expect(await screen.findByText("Stripe's card fields")).toBeTruthy()
  })
})
