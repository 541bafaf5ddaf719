import express from "express"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { crossOriginGuard, isSameOriginRequest } from "./cross-origin-guard.js"

// The guard in front of a stand-in for Remix's handler, as server.js mounts it.
let base = ""
let reached = 0
const server = express()
  .use(crossOriginGuard)
  .all("*", (_req, res) => {
    reached++
    res.status(302).set("location", "/").end()
  })
  .listen(0)

beforeAll(() => {
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => void server.close())

function post(path: string, headers: Record<string, string>) {
  return fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: "locale=en&redirectTo=%2F",
  })
}

describe("a form post from another site", () => {
  it.each([
    { origin: "https://evil.example" },
    { origin: "null" },
    { origin: "http://127.0.0.1.evil.example" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ])("answers 403 and never reaches the action: %j", async (headers) => {
    const before = reached
    const response = await post("/language", headers)
    expect(response.status).toBe(403)
    expect(await response.text()).toContain("Yêu cầu bị từ chối")
    expect(reached).toBe(before)
  })

  it("lets the shop's own forms through", async () => {
    const own = new URL(base).origin
    expect((await post("/language", { origin: own })).status).toBe(302)
    expect((await post("/language", { "sec-fetch-site": "same-origin" })).status).toBe(302)
  })

  it("leaves reading pages alone", async () => {
    const response = await fetch(`${base}/products`, { headers: { origin: "https://evil.example" }, redirect: "manual" })
    expect(response.status).toBe(302)
  })
})

describe("isSameOriginRequest", () => {
  it("compares the origin's host with the forwarded or own host", () => {
    expect(isSameOriginRequest({ method: "POST", host: "shop.example", origin: "https://shop.example", secFetchSite: undefined })).toBe(true)
    expect(isSameOriginRequest({ method: "POST", host: "shop.example", origin: "https://shop.example.evil", secFetchSite: undefined })).toBe(false)
    expect(isSameOriginRequest({ method: "delete", host: "shop.example", origin: "https://evil.example", secFetchSite: "same-origin" })).toBe(false)
    expect(isSameOriginRequest({ method: "POST", host: undefined, origin: undefined, secFetchSite: undefined })).toBe(true)
  })
})
