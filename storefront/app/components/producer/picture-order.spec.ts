import { describe, expect, it } from "vitest"
import { orderKeptPictures } from "./picture-order"

const [a, b, c] = ["https://x.test/a.png", "https://x.test/b.png", "https://x.test/c.png"]

describe("orderKeptPictures", () => {
  it("puts the pictures in the positions the producer typed, the first as cover", () => {
    expect(orderKeptPictures([a, b, c], [a, b, c], [3, 1, 2])).toEqual([b, c, a])
  })

  it("drops the pictures unticked and keeps the others' order on a tie", () => {
    expect(orderKeptPictures([a, c], [a, b, c], [1, 1, 1])).toEqual([a, c])
  })

  it("keeps the saved order when nothing is numbered", () => {
    expect(orderKeptPictures([b, a])).toEqual([b, a])
  })
})
