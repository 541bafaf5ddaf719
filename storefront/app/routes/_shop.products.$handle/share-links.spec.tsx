// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import { ShareLinks } from "./share-links"

const url = "https://shop.example.vn/products/banh-hanh-nhan-tien-anh"

function renderShare() {
  return render(
    <LocaleContext.Provider value="vi">
      <ShareLinks url={url} />
    </LocaleContext.Provider>
  )
}

afterEach(() => vi.unstubAllGlobals())

describe("share links", () => {
  it("shares the product's address to Zalo and Facebook with plain links that open a new tab", () => {
    renderShare()
    const zalo = screen.getByRole("link", { name: "Chia sẻ qua Zalo" })
    const facebook = screen.getByRole("link", { name: "Chia sẻ lên Facebook" })
    expect(new URL(zalo.getAttribute("href")!).searchParams.get("url")).toBe(url)
    expect(new URL(facebook.getAttribute("href")!).origin).toBe("https://www.facebook.com")
    expect(new URL(facebook.getAttribute("href")!).searchParams.get("u")).toBe(url)
    for (const link of [zalo, facebook]) {
      expect(link.getAttribute("target")).toBe("_blank")
      expect(link.getAttribute("rel")).toContain("noopener")
    }
  })

  it("copies the link and says so in a status line", async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } })
    renderShare()
    const status = screen.getByRole("status")
    expect(status.textContent).toBe("")
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sao chép liên kết" }))
    })
    expect(writeText).toHaveBeenCalledWith(url)
    expect(status.textContent).toBe("Đã sao chép")
  })

  it("tells the shopper to copy the address bar when the browser refuses the clipboard", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: async () => Promise.reject(new Error("denied")) } })
    renderShare()
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sao chép liên kết" }))
    })
    expect(screen.getByRole("status").textContent).toMatch(/Không sao chép được/)
  })
})
