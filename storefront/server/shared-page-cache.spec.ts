import express from "express"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { sharedMaxAge, sharedPageCache } from "./shared-page-cache.js"

// The cache in front of a stand-in for Remix's handler, as server.js mounts it: the
// stand-in marks /products/* shared the way entry.server does for anonymous visitors
// and shows the current price, which the test changes as a producer would.
let clock = 0
let price = "45.000 ₫"
let rendered = 0
const server = express()
  .use(sharedPageCache({ now: () => clock }))
  .get("/products/:handle", (req, res) => {
    rendered++
    const signedIn = (req.headers.cookie ?? "").includes("ocop_session")
    if (!signedIn) {
      res.set({ "cache-control": "public, max-age=0, must-revalidate", "cdn-cache-control": "max-age=15, stale-while-revalidate=45", etag: `W/"${price.replace(/\D/g, "")}"`, vary: "Cookie" })
    } else {
      res.set("cache-control", "private, no-store")
    }
    res.type("html")
    res.write(`<h1>${req.params.handle}</h1>`)
    res.end(`<p>${price}${signedIn ? " · your cart: 2" : ""}</p>`)
  })
  .get("/cart", (_req, res) => {
    rendered++
    res.set("cdn-cache-control", "max-age=15").cookie("ocop_session", "new").type("html").end("<p>cart</p>")
  })
  .listen(0)

let base = ""
beforeAll(() => {
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => void server.close())
beforeEach(() => {
  clock += 3_600_000
  price = "45.000 ₫"
  rendered = 0
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers })

describe("sharedPageCache", () => {
  it("answers an anonymous visitor's repeat of a shared page from memory, with its headers", async () => {
    const first = await get("/products/mat-ong")
    const second = await get("/products/mat-ong")
    expect(rendered).toBe(1)
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"))
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate")
  })

  it("shows a changed price once the page's max-age has passed, never later", async () => {
    await get("/products/mat-ong")
    price = "52.000 ₫"
    clock += 14_000
    expect(await (await get("/products/mat-ong")).text()).toContain("45.000 ₫")
    clock += 1_000
    expect(await (await get("/products/mat-ong")).text()).toContain("52.000 ₫")
    expect(rendered).toBe(2)
  })

  it("never gives a kept page to a visitor with a session, nor keeps theirs", async () => {
    await get("/products/mat-ong")
    const signedIn = await get("/products/mat-ong", { cookie: "ocop_session=abc" })
    expect(await signedIn.text()).toContain("your cart: 2")
    const again = await get("/products/mat-ong", { cookie: "ocop_session=abc" })
    expect(await again.text()).toContain("your cart: 2")
    expect(rendered).toBe(3)
  })

  it("keeps each language apart: the language cookie is part of the key", async () => {
    await get("/products/mat-ong", { cookie: "ocop_lang=en" })
    await get("/products/mat-ong", { cookie: "ocop_lang=vi" })
    await get("/products/mat-ong", { cookie: "ocop_lang=en" })
    expect(rendered).toBe(2)
  })

  it("does not keep a page that sets a cookie", async () => {
    await get("/cart")
    await get("/cart")
    expect(rendered).toBe(2)
  })

  it("answers 304 from memory when the browser already holds the kept page", async () => {
    const first = await get("/products/mat-ong")
    const revalidated = await get("/products/mat-ong", { "if-none-match": first.headers.get("etag")! })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe("")
    expect(rendered).toBe(1)
  })
})

describe("sharedMaxAge", () => {
  it("reads max-age from CDN-Cache-Control and nothing from other directives", () => {
    expect(sharedMaxAge("max-age=15, stale-while-revalidate=45")).toBe(15)
    expect(sharedMaxAge("stale-while-revalidate=45")).toBe(0)
    expect(sharedMaxAge(undefined)).toBe(0)
  })
})
