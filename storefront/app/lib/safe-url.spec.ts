import { describe, expect, it } from "vitest"
import { safeHref, safeRedirect } from "./safe-url"

describe("safeRedirect", () => {
  it.each([
    ["/", "/"],
    ["/products?stars=5", "/products?stars=5"],
    ["/producer/listings/1#photos", "/producer/listings/1#photos"],
    ["/search?q=tr%C3%A0%20sen", "/search?q=tr%C3%A0%20sen"],
    ["/account/../checkout", "/checkout"],
  ])("keeps our own path %j", (to, expected) => {
    expect(safeRedirect(to)).toBe(expected)
  })

  it.each([
    "//evil.example",
    "///evil.example",
    "////evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%2F%5Cevil.example",
    "%2F%5Cevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%0d%0a/evil.example",
    "/\u0000/evil.example",
    " /evil.example",
    "https://evil.example",
    "http://evil.example/",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "/javascript:alert(1)".slice(1),
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "",
    "/.//evil.example",
  ])("refuses %j", (to) => {
    expect(safeRedirect(to, "/home")).toBe("/home")
  })

  it("refuses what is not a string", () => {
    expect(safeRedirect(null)).toBe("/")
    expect(safeRedirect(undefined, "/account")).toBe("/account")
    expect(safeRedirect(new File([], "x"), "/account")).toBe("/account")
  })

  it("never returns a path a browser would read as another host", () => {
    for (const to of ["/./\\evil.example", "/..//evil.example", "/a/../../\\evil.example"]) {
      const result = safeRedirect(to, "/")
      expect(new URL(result, "https://shop.example").origin).toBe("https://shop.example")
    }
  })
})

describe("safeHref", () => {
  it.each([
    ["https://hoptac.example/san-pham", "https://hoptac.example/san-pham"],
    ["  https://cdn.example/a.jpg ", "https://cdn.example/a.jpg"],
    ["http://localhost:9000/static/scan.pdf", "http://localhost:9000/static/scan.pdf"],
    ["http://127.0.0.1:9000/static/a.png", "http://127.0.0.1:9000/static/a.png"],
    ["/static/photo.jpg", "/static/photo.jpg"],
  ])("keeps %j", (value, expected) => {
    expect(safeHref(value)).toBe(expected)
  })

  it.each([
    "javascript:alert(document.domain)//",
    "javascript:alert(1)//x.pdf",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "file:///etc/passwd",
    "http://evil.example/x.png",
    "//evil.example/x.png",
    "/\\evil.example/x.png",
    "https://user:pass@evil.example/",
    "not a url",
    "",
    null,
    undefined,
  ])("refuses %j", (value) => {
    expect(safeHref(value)).toBeUndefined()
  })
})
