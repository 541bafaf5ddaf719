// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { act, fireEvent, render, screen, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { commonMessages } from "~/lib/messages/common"
import { shopMessages } from "~/lib/messages/shop"
import { suggestion } from "~/lib/test-fixtures"

// search-box.tsx keeps the loaded combobox for the page's life: each test is a new page,
// whose fresh i18n module is given the messages vitest.setup.ts gave the first one.
beforeEach(async () => {
  vi.resetModules()
  const { registerMessages } = await import("~/lib/i18n")
  for (const messages of [commonMessages, shopMessages]) registerMessages(messages)
})

/** The header's box in a page whose suggestions route answers with the almond cookies. */
async function renderBox(defaultValue?: string) {
  const { SearchBox } = await import("./search-box")
  const asked: string[] = []
  const Stub = createRemixStub([
    { path: "/", Component: () => <SearchBox defaultValue={defaultValue} /> },
    {
      path: "/resources/search-suggestions",
      loader: ({ request }) => {
        const q = new URL(request.url).searchParams.get("q") ?? ""
        asked.push(q)
        return json({ q, suggestions: [suggestion()], error: false })
      },
    },
  ])
  render(<Stub initialEntries={["/"]} />)
  return { asked, plain: screen.getByRole("searchbox", { name: "Tìm sản phẩm" }) as HTMLInputElement }
}

const combobox = () => screen.findByRole("combobox", { name: "Tìm sản phẩm" }) as Promise<HTMLInputElement>

describe("SearchBox", () => {
  it("is a plain labelled search field in a GET form to the results page until the shopper reaches for it", async () => {
    const { plain } = await renderBox("nuoc mam")
    const form = plain.closest("form")!
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/search")
    expect(form.getAttribute("role")).toBe("search")
    expect(plain.name).toBe("q")
    expect(plain.value).toBe("nuoc mam")
    expect(screen.queryByRole("combobox")).toBeNull()
  })

  it("becomes the combobox on focus, keeping the focus, the caret and what was typed meanwhile, and suggests for it", async () => {
    const { plain, asked } = await renderBox()
    plain.focus()
    fireEvent.focus(plain)
    // Typed before the combobox's code arrived.
    plain.value = "banh"
    plain.setSelectionRange(2, 2)
    const box = await combobox()
    expect(box).not.toBe(plain)
    expect(box.value).toBe("banh")
    expect(document.activeElement).toBe(box)
    expect([box.selectionStart, box.selectionEnd]).toEqual([2, 2])
    const listbox = await screen.findByRole("listbox", { name: "Gợi ý sản phẩm" })
    const [option] = await within(listbox).findAllByRole("option")
    expect(option.textContent).toContain("Bánh hạnh nhân Tiến Anh")
    expect(asked).toEqual(["banh"])
    expect(box.getAttribute("aria-expanded")).toBe("true")
  })

  it("loads the combobox when the pointer comes over it, without opening suggestions for the text it holds", async () => {
    const { plain, asked } = await renderBox("nuoc mam")
    fireEvent.pointerEnter(plain.parentElement!)
    const box = await combobox()
    expect(box.value).toBe("nuoc mam")
    expect(box.getAttribute("aria-expanded")).toBe("false")
    expect(document.activeElement).not.toBe(box)
    expect(asked).toEqual([])
  })

  it("does not swap the field in the middle of a word being composed with an input method", async () => {
    const { plain } = await renderBox()
    plain.focus()
    fireEvent.compositionStart(plain)
    fireEvent.focus(plain)
    plain.value = "bán"
    // The combobox's code has arrived (the box awaited the same import) …
    await act(async () => {
      await import("./search-combobox")
    })
    await act(async () => {})
    expect(screen.getByRole("searchbox", { name: "Tìm sản phẩm" })).toBe(plain)
    // … and takes over as soon as the word is done, with it.
    plain.value = "bánh"
    fireEvent.compositionEnd(plain)
    const box = screen.getByRole("combobox", { name: "Tìm sản phẩm" }) as HTMLInputElement
    expect(box.value).toBe("bánh")
    expect(document.activeElement).toBe(box)
  })

  it("stays a plain search form that submits to the results page when the combobox's code cannot be downloaded", async () => {
    vi.doMock("./search-combobox", () => {
      throw new Error("Failed to fetch dynamically imported module")
    })
    try {
      const { plain } = await renderBox()
      plain.focus()
      fireEvent.focus(plain)
      plain.value = "banh"
      await act(async () => {
        await import("./search-combobox").catch(() => undefined)
      })
      await act(async () => {})
      expect(screen.queryByRole("combobox")).toBeNull()
      expect(screen.getByRole("searchbox", { name: "Tìm sản phẩm" })).toBe(plain)
      const form = plain.closest("form")!
      expect(new FormData(form).get("q")).toBe("banh")
      expect(within(form).getByRole("button", { name: "Tìm" })).toBeTruthy()
    } finally {
      vi.doUnmock("./search-combobox")
    }
  })
})
