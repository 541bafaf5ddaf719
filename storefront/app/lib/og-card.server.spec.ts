import { inflateSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { ogCardPng } from "./og-card.server"

/** The card's pixels, read back from its PNG (one IDAT, filter 0 rows, as it is written). */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const idat = png.indexOf("IDAT")
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)))
  const pixel = (x: number, y: number) => {
    const at = y * (width * 3 + 1) + 1 + x * 3
    return `#${[...raw.subarray(at, at + 3)].map((b) => b.toString(16).padStart(2, "0")).join("")}`
  }
  return { width, height, pixel }
}

describe("the shared-link card", () => {
  it("is a 1200×630 PNG in the shop's green, with as many gold stars as the product has", () => {
    const card = decode(ogCardPng({ stars: 3, url: "https://shop.example.vn/products/x" }))
    expect([card.width, card.height]).toEqual([1200, 630])
    expect(card.pixel(20, 20)).toBe("#1f5d3a")
    // Star centres at 140, 270, 400, … on the line y = 400.
    expect([140, 270, 400].map((x) => card.pixel(x, 400))).toEqual(["#f2b705", "#f2b705", "#f2b705"])
    expect([530, 660].map((x) => card.pixel(x, 400))).toEqual(["#1f5d3a", "#1f5d3a"])
  })

  it("carries a QR code on a white square: dark and light modules both", () => {
    const card = decode(ogCardPng({ stars: 4, url: "https://shop.example.vn/products/x" }))
    const colours = new Set<string>()
    for (let x = 720; x < 1120; x += 3) colours.add(card.pixel(x, 315))
    expect(colours).toEqual(new Set(["#ffffff", "#1d2521"]))
  })
})
