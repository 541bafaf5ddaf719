// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { useLocation } from "@remix-run/react"
import { createRemixStub } from "@remix-run/testing"
import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from "@testing-library/react"
import { describe, expect, it } from "vitest"
import type { SearchSuggestionsData } from "~/routes/resources.search-suggestions/route"
import { SearchCombobox } from "./search-combobox"
import { suggestion } from "~/lib/test-fixtures"

const twoSuggestions = [
  suggestion(),
  suggestion({
    id: "prod_2",
    handle: "banh-pia-ba-sau",
    title: "Bánh pía Bà Sáu",
    price_vnd: 60000,
    stars: 3,
    is_ocop: false,
  }),
]

function Where() {
  const location = useLocation()
  return <p data-testid="where">{location.pathname + location.search}</p>
}

/** The box in a page, a suggestions route answering with `answer(q)`, and pages it can lead to. */
function renderBox(answer: (q: string) => Partial<SearchSuggestionsData>) {
  const asked: string[] = []
  const Stub = createRemixStub([
    {
      path: "/",
      Component: () => (
        <>
          <SearchCombobox handover={{ value: "", focused: false, selection: [0, 0] }} />
          <Where />
        </>
      ),
      children: [
        { path: "products/:handle", Component: () => null },
        { path: "search", Component: () => null },
      ],
    },
    {
      path: "/resources/search-suggestions",
      loader: ({ request }) => {
        const q = new URL(request.url).searchParams.get("q") ?? ""
        asked.push(q)
        return json({ q, suggestions: [], error: false, ...answer(q) })
      },
    },
  ])
  render(<Stub initialEntries={["/"]} />)
  return {
    asked,
    input: screen.getByRole("combobox", {
      name: "Tìm sản phẩm",
    }) as HTMLInputElement,
  }
}

const type = (input: HTMLInputElement, text: string) =>
  fireEvent.change(input, { target: { value: text } })
const key = (input: HTMLInputElement, k: string) =>
  fireEvent.keyDown(input, { key: k })

describe("SearchCombobox", () => {
  it("is a labelled combobox in a GET form to the results page, collapsed until something is typed", async () => {
    const { input } = renderBox(() => ({}))
    const form = input.closest("form")!
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/search")
    expect(input.getAttribute("name")).toBe("q")
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(
      document
        .getElementById(input.getAttribute("aria-controls")!)
        ?.getAttribute("role")
    ).toBe("listbox")
  })

  it("suggests products for what is typed, asking once after the typing pauses", async () => {
    const { input, asked } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "b")
    type(input, "ba")
    type(input, "banh")
    const listbox = await screen.findByRole("listbox", {
      name: "Gợi ý sản phẩm",
    })
    const options = await within(listbox).findAllByRole("option")
    expect(options).toHaveLength(2)
    expect(asked).toEqual(["banh"])
    expect(input.getAttribute("aria-expanded")).toBe("true")
    expect(options[0].textContent).toContain("Bánh hạnh nhân Tiến Anh")
    expect(options[0].textContent).toContain("45.000")
    expect(
      within(options[0]).getByRole("img", { name: "4 trên 5 sao" })
    ).toBeTruthy()
    // An expired certificate's stars are history, greyed and said so (decision 004).
    expect(
      within(options[0])
        .getByRole("img", { name: "4 trên 5 sao" })
        .classList.contains("stars--muted")
    ).toBe(false)
    expect(
      within(options[1])
        .getByRole("img", { name: "3 trên 5 sao" })
        .classList.contains("stars--muted")
    ).toBe(true)
    expect(options[1].textContent).toContain("Chứng nhận hết hạn")
    expect(options[0].textContent).not.toContain("Chứng nhận hết hạn")
    // The typed word is marked in the title, diacritics or not.
    expect(options[0].querySelector("mark")?.textContent).toBe("Bánh")
  })

  it("moves through suggestions with the arrow keys, wrapping, and Enter opens the chosen product", async () => {
    const { input } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "banh")
    const options = await screen.findAllByRole("option")
    key(input, "ArrowDown")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0].id)
    expect(options[0].getAttribute("aria-selected")).toBe("true")
    key(input, "ArrowDown")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[1].id)
    key(input, "ArrowDown")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0].id)
    key(input, "ArrowUp")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[1].id)
    key(input, "Enter")
    await waitFor(() =>
      expect(screen.getByTestId("where").textContent).toBe(
        "/products/banh-pia-ba-sau"
      )
    )
    expect(input.getAttribute("aria-expanded")).toBe("false")
  })

  it("closes on Escape without losing the text, and a second Escape clears it", async () => {
    const { input } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "banh")
    await screen.findAllByRole("option")
    key(input, "ArrowDown")
    key(input, "Escape")
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(input.hasAttribute("aria-activedescendant")).toBe(false)
    expect(input.value).toBe("banh")
    key(input, "ArrowDown")
    expect(input.getAttribute("aria-expanded")).toBe("true")
    key(input, "Escape")
    key(input, "Escape")
    expect(input.value).toBe("")
  })

  it("links to all the results for the typed text below the suggestions", async () => {
    const { input } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "banh hanh")
    await screen.findAllByRole("option")
    fireEvent.click(
      screen.getByRole("link", { name: "Xem tất cả kết quả cho “banh hanh”" })
    )
    await waitFor(() =>
      expect(screen.getByTestId("where").textContent).toBe(
        "/search?q=banh+hanh"
      )
    )
  })

  it("opens a product when its suggestion is clicked", async () => {
    const { input } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "banh")
    const [first] = await screen.findAllByRole("option")
    fireEvent.click(first)
    await waitFor(() =>
      expect(screen.getByTestId("where").textContent).toBe(
        "/products/banh-hanh-nhan-tien-anh"
      )
    )
  })

  it("submits the typed text to the results page when Enter is pressed with no suggestion chosen", async () => {
    const { input } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "banh")
    await screen.findAllByRole("option")
    key(input, "Enter")
    fireEvent.submit(input.closest("form")!)
    await waitFor(() =>
      expect(screen.getByTestId("where").textContent).toBe("/search?q=banh")
    )
  })

  it("says so when nothing is suggested, and when suggestions are unavailable", async () => {
    const { input } = renderBox((q) => (q === "xyzzy" ? {} : { error: true }))
    type(input, "xyzzy")
    expect(
      await screen.findByText(
        "Không có gợi ý cho “xyzzy”. Nhấn Enter để xem kết quả gần đúng."
      )
    ).toBeTruthy()
    expect(screen.queryAllByRole("option")).toHaveLength(0)
    type(input, "nuoc")
    expect(
      await screen.findByText("Chưa lấy được gợi ý. Nhấn Enter để tìm.")
    ).toBeTruthy()
  })

  it("shows that it is searching until the answer for the latest text arrives", async () => {
    const { input } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "banh")
    expect(screen.getByText("Đang tìm…")).toBeTruthy()
    await screen.findAllByRole("option")
    expect(screen.queryByText("Đang tìm…")).toBeNull()
    expect(screen.getByRole("status").textContent).toBe(
      "2 gợi ý, dùng phím mũi tên lên xuống để chọn."
    )
  })

  it("does not search for a single letter", async () => {
    const { input } = renderBox(() => ({ suggestions: twoSuggestions }))
    type(input, "b")
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(screen.queryByText("Đang tìm…")).toBeNull()
  })
})
