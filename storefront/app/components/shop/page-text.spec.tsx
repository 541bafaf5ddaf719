// @vitest-environment happy-dom
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { PageText, pageBlocks } from "./page-text"

describe("the office's page text", () => {
  it("reads headings, lists and paragraphs (line breaks kept) from plain text", () => {
    expect(pageBlocks("Mở đầu\ndòng hai\n\n## Điều kiện\n- Còn tem\n- Còn hộp\n\nKết.")).toEqual([
      { kind: "paragraph", lines: ["Mở đầu", "dòng hai"] },
      { kind: "heading", text: "Điều kiện" },
      { kind: "list", items: ["Còn tem", "Còn hộp"] },
      { kind: "paragraph", lines: ["Kết."] },
    ])
  })

  it("shows HTML typed into Admin as the words it is, never as markup", () => {
    const { container } = render(<PageText text={'<img src=x onerror="alert(1)"> <script>alert(1)</script>\n\n## <b>Đậm</b>'} />)
    expect(container.querySelector("img, script, b")).toBeNull()
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy()
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("<b>Đậm</b>")
  })
})
