import { describe, expect, it } from "vitest"
import { catalogTextWords } from "./ocop-catalog"

describe("the words of a catalog text filter", () => {
  it("are folded as the entries' text is, without the punctuation around them", () => {
    expect(catalogTextWords("  Khô cá, (Đồng Tháp)! ")).toEqual(["kho", "ca", "dong", "thap"])
  })

  it("keep letters and digits inside a word", () => {
    expect(catalogTextWords("mắm 7777777 an-giang")).toEqual(["mam", "7777777", "an-giang"])
  })

  it("are none for an empty text (no filter) and null for punctuation alone (nothing matches)", () => {
    expect(catalogTextWords(undefined)).toEqual([])
    expect(catalogTextWords("   ")).toEqual([])
    expect(catalogTextWords("%% ( _")).toBeNull()
  })
})
