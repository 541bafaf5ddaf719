import { describe, expect, it } from "vitest"
import { StorefrontReview } from "~/routes/_shop.account.orders.$id_.review.$lineId/review-schema"
import { isFormFile } from "./form-file"

// What Remix's fetch polyfill hands the server for a file input: a File of its own class.
class PolyfillFile {
  constructor(readonly name: string, readonly size: number, readonly type: string) {}
  async arrayBuffer() {
    return new ArrayBuffer(this.size)
  }
}

describe("isFormFile", () => {
  it("takes a file of another File class than the global one, and no text field", () => {
    expect(new PolyfillFile("a.jpg", 3, "image/jpeg") instanceof File).toBe(false)
    expect(isFormFile(new PolyfillFile("a.jpg", 3, "image/jpeg"))).toBe(true)
    expect(isFormFile(new File(["x"], "a.jpg"))).toBe(true)
    expect(isFormFile("a.jpg")).toBe(false)
    expect(isFormFile(null)).toBe(false)
  })

  it("lets a review without photos through: the empty file input's nameless file is no photo", () => {
    const parsed = StorefrontReview.safeParse({ rating: "5", body: "Ngon", photos: [new PolyfillFile("", 0, "application/octet-stream")] })
    expect(parsed.success).toBe(true)
    expect(parsed.success && parsed.data.photos).toEqual([])
  })
})
