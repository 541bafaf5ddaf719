// @vitest-environment happy-dom
import { render, screen } from "@testing-library/react"
import { renderToString } from "react-dom/server"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { loadMessages } from "~/lib/i18n"
import { commonMessageLoaders } from "~/lib/messages/common/lazy"
import { CardPaymentForm } from "./card-payment-form"
import { CardPaymentLoader } from "./card-payment-loader"

// Stands in for Stripe's form: what matters here is what the shopper sees before it arrives.
vi.mock("./card-payment", () => ({ CardPayment: () => <p>Stripe's card fields</p> }))

// The form loads its own texts (messages/shop-card-payment); the loading line is a common one.
beforeAll(() => loadMessages(commonMessageLoaders))

const props = { publishableKey: "pk_test", clientSecret: "pi_secret", amount: 185000, returnPath: "/checkout?card_return=1" }

describe("CardPaymentForm", () => {
  it("shows the card form waiting, with its title and the amount on a button that cannot pay yet, then Stripe's fields", async () => {
    render(<CardPaymentForm {...props} />)
    expect(screen.getByRole("group", { name: "Thông tin thẻ" })).toBeTruthy()
    expect(screen.getByRole("status").textContent).toBe("Đang tải…")
    const pay = screen.getByRole("button", { name: /^Thanh toán 185.000/ }) as HTMLButtonElement
    expect(pay.disabled).toBe(true)
    expect(await screen.findByText("Stripe's card fields")).toBeTruthy()
  })

  it("tells a browser without JavaScript, in the server's HTML, that the card needs it", () => {
    expect(renderToString(<CardPaymentForm {...props} />)).toMatch(/<noscript><p class="alert alert--warn">Thanh toán bằng thẻ cần bật JavaScript/)
  })
})

describe("CardPaymentLoader", () => {
  it("renders the card form once its code is here (the checkout fetches it when the card is picked)", async () => {
    const { container } = render(<CardPaymentLoader {...props} />)
    expect(container.textContent).toBe("")
    expect(await screen.findByText("Stripe's card fields")).toBeTruthy()
  })
})
