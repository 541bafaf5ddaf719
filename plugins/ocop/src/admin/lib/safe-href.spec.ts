import { describe, expect, it } from "vitest"
import { safeHref } from "./safe-href"

describe("safeHref (admin extensions)", () => {
  it.each([
    ["https://files.example/scan.pdf", "https://files.example/scan.pdf"],
    ["http://localhost:9000/static/scan.pdf", "http://localhost:9000/static/scan.pdf"],
    ["/static/scan.png", "/static/scan.png"],
  ])("keeps %j", (value, expected) => {
    expect(safeHref(value)).toBe(expected)
  })

  it.each([
    "javascript:alert(document.domain)//x.pdf",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "http://evil.example/scan.pdf",
    "//evil.example/scan.pdf",
    "/\\evil.example/scan.pdf",
    "https://a:b@evil.example/",
    "scan.pdf",
    "",
    null,
    undefined,
  ])("refuses %j", (value) => {
    expect(safeHref(value)).toBeUndefined()
  })
})
