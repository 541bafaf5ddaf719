import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { forgetQrCodes, qrCodeSvg, qrDrawing } from "./qr-code.server"

describe("qrCodeSvg", () => {
  beforeEach(() => forgetQrCodes())
  afterEach(() => vi.restoreAllMocks())

  it("draws a product's trace code once and serves the same SVG to the next visitor", async () => {
    const draw = vi.spyOn(qrDrawing, "draw")
    const first = await qrCodeSvg("https://shop.test/trace/banh-hanh-nhan-tien-anh")
    const second = await qrCodeSvg("https://shop.test/trace/banh-hanh-nhan-tien-anh")
    expect(first).toMatch(/^<svg/)
    expect(second).toBe(first)
    expect(draw).toHaveBeenCalledTimes(1)
  })

  it("gives every handle its own code", async () => {
    const draw = vi.spyOn(qrDrawing, "draw")
    const almond = await qrCodeSvg("https://shop.test/trace/banh-hanh-nhan-tien-anh")
    const wine = await qrCodeSvg("https://shop.test/trace/ruou-thot-not-minh-thien")
    expect(wine).not.toBe(almond)
    expect(draw).toHaveBeenCalledTimes(2)
  })

  it("keeps a bounded number of codes, forgetting the least recently used first", async () => {
    const draw = vi.spyOn(qrDrawing, "draw").mockImplementation(async (url) => `<svg>${url}</svg>`)
    await qrCodeSvg("https://shop.test/trace/first")
    for (let i = 0; i < 1000; i++) await qrCodeSvg(`https://shop.test/trace/p${i}`)
    await qrCodeSvg("https://shop.test/trace/p999")
    expect(draw).toHaveBeenCalledTimes(1001)
    await qrCodeSvg("https://shop.test/trace/first")
    expect(draw).toHaveBeenCalledTimes(1002)
  })

  it("draws again after a failed drawing instead of keeping the failure", async () => {
    const draw = vi.spyOn(qrDrawing, "draw").mockRejectedValueOnce(new Error("out of memory"))
    await expect(qrCodeSvg("https://shop.test/trace/x")).rejects.toThrow("out of memory")
    draw.mockRestore()
    expect(await qrCodeSvg("https://shop.test/trace/x")).toMatch(/^<svg/)
  })
})
