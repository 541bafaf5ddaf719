// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import { ExperienceDatePicker } from "./date-picker"

const dates = [
  { date: "2026-12-05", variant_id: "v1", seats_left: 12 },
  { date: "2026-12-06", variant_id: "v2", seats_left: 0 },
  { date: "2026-12-29", variant_id: "v3", seats_left: 1 },
  { date: "2027-01-02", variant_id: "v4", seats_left: 7 },
]

function renderPicker(props: Partial<Parameters<typeof ExperienceDatePicker>[0]> = {}) {
  return render(
    <form>
      <ExperienceDatePicker name="date" dates={dates} selected="2026-12-05" errorId="date-error" {...props} />
    </form>
  )
}

describe("ExperienceDatePicker", () => {
  it("offers only dates with seats left, each with its weekday and the seats left", () => {
    renderPicker()
    const radios = screen.getAllByRole("radio") as HTMLInputElement[]
    expect(radios.map((r) => r.value)).toEqual(["2026-12-05", "2026-12-29", "2027-01-02"])
    expect(screen.getByRole("radio", { name: /Thứ Bảy, 05\/12.*còn 12 chỗ/ })).toBeTruthy()
    expect(screen.getByRole("radio", { name: /Thứ Ba, 29\/12.*còn 1 chỗ/ })).toBeTruthy()
  })

  it("is one radio group split into named months, so the keyboard moves across every date", () => {
    renderPicker()
    const group = screen.getByRole("group", { name: "Chọn ngày" })
    const december = within(group).getByRole("group", { name: /tháng 12 năm 2026/i })
    expect(within(december).getAllByRole("radio")).toHaveLength(2)
    expect(within(group).getByRole("group", { name: /tháng 1 năm 2027/i })).toBeTruthy()
    const names = new Set((screen.getAllByRole("radio") as HTMLInputElement[]).map((r) => r.name))
    expect([...names]).toEqual(["date"])
  })

  it("submits the chosen date in a plain form (no JavaScript needed) and tells the page", () => {
    const onSelect = vi.fn()
    const { container } = renderPicker({ onSelect })
    expect(new FormData(container.querySelector("form")!).get("date")).toBe("2026-12-05")
    fireEvent.click(screen.getByRole("radio", { name: /29\/12/ }))
    expect(onSelect).toHaveBeenCalledWith("2026-12-29")
    expect(new FormData(container.querySelector("form")!).get("date")).toBe("2026-12-29")
  })

  it("ties the date's error to the group", () => {
    renderPicker({ errors: ["experience.errors.dateGone"] })
    const group = screen.getByRole("group", { name: "Chọn ngày" })
    const message = document.getElementById(group.getAttribute("aria-describedby") ?? "")
    expect(message?.textContent).toBe("Ngày này không còn nhận khách. Vui lòng chọn ngày khác.")
  })

  it("shows a month calendar: weekdays in columns, the chosen date's month open, the others one tap away", () => {
    const { container } = renderPicker({ selected: "2027-01-02" })
    const months = [...container.querySelectorAll("details")]
    expect(months.map((m) => m.open)).toEqual([false, true])
    // One month open at a time, without JavaScript: the months share a name.
    expect(new Set(months.map((m) => m.getAttribute("name"))).size).toBe(1)
    expect(months[0].querySelector("summary")?.textContent).toMatch(/tháng 12 năm 2026.*2 ngày còn chỗ/i)
    // December 2026 starts on a Tuesday: one blank under Monday, then 1 to 31.
    const grid = months[0].querySelector(".date-picker__grid")!
    const cells = [...grid.children].slice(7)
    expect(cells[0].textContent).toBe("")
    expect(cells[1].textContent).toBe("1")
    expect(cells).toHaveLength(32)
    // Saturday the 5th is in the Saturday column (7 headings, blank, 1…5 → 6th of the week).
    expect(cells.findIndex((c) => c.querySelector("input")?.value === "2026-12-05") % 7).toBe(5)
    // A day without seats is shown for context but cannot be chosen.
    expect(within(months[0] as HTMLElement).queryByRole("radio", { name: /06\/12/ })).toBeNull()
  })

  it("keeps the English labels in the calendar", () => {
    render(
      <LocaleContext.Provider value="en">
        <form>
          <ExperienceDatePicker name="date" dates={dates} selected="2026-12-05" errorId="date-error" />
        </form>
      </LocaleContext.Provider>
    )
    expect(screen.getByRole("radio", { name: /Saturday 5 December, 12 seats left/ })).toBeTruthy()
    expect(screen.getByText("2 days open")).toBeTruthy()
  })

  it("says so when no date has seats", () => {
    renderPicker({ dates: [{ date: "2026-12-06", variant_id: "v2", seats_left: 0 }] })
    expect(screen.queryAllByRole("radio")).toHaveLength(0)
    expect(screen.getByText("Hiện chưa có ngày còn chỗ.")).toBeTruthy()
  })
})
