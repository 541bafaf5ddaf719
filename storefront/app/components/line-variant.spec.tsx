// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LineVariant } from "./line-variant"

function renderLine(item: Parameters<typeof LineVariant>[0]["item"]) {
  const Stub = createRemixStub([{ path: "/", Component: () => <LineVariant item={item} /> }])
  return render(<Stub />)
}

describe("a cart or order line's chosen variant", () => {
  it("shows an experience line's date and guests, not the date variant's raw title", async () => {
    renderLine({ quantity: 2, variant_title: "2026-12-05", metadata: { ocop_experience_date: "2026-12-05" } })
    expect(await screen.findByText(/05\/12\/2026/)).toBeTruthy()
    expect(screen.getByText(/2 khách/)).toBeTruthy()
    expect(screen.queryByText("2026-12-05")).toBeNull()
  })

  it("marks the children's line of a booking", async () => {
    renderLine({ quantity: 1, metadata: { ocop_experience_date: "2026-12-05", ocop_guest_kind: "child" } })
    expect((await screen.findByText(/05\/12\/2026/)).textContent).toContain("trẻ em")
  })

  it("shows a goods line's variant title", async () => {
    renderLine({ quantity: 1, variant_title: "Chai 500 ml", metadata: null })
    expect(await screen.findByText("Chai 500 ml")).toBeTruthy()
  })
})
