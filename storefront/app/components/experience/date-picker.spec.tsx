// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
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

  it("says so when no date has seats", () => {
    renderPicker({ dates: [{ date: "2026-12-06", variant_id: "v2", seats_left: 0 }] })
    expect(screen.queryAllByRole("radio")).toHaveLength(0)
    expect(screen.getByText("Hiện chưa có ngày còn chỗ.")).toBeTruthy()
  })
})
