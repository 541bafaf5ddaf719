import { describe, expect, it } from "vitest"
import { catalogTextWords } from "./ocop-catalog"

describe("the words of a catalog text filter", () => {
  it("are folded as the entries' text is, without the punctuation around them", () => {
    expect(catalogTextWords("  Khô cá, (Đồng Tháp)! ")).toEqual(["kho", "ca", "dong", "thap"])
  })

  it("split at anything but a letter or a digit, as the entries' words are, each once", () => {
    expect(catalogTextWords("mắm 500g an-giang/An Giang")).toEqual(["mam", "500g", "an", "giang"])
  })

  it("are none for an empty text (no filter) and null for punctuation alone (nothing matches)", () => {
    expect(catalogTextWords(undefined)).toEqual([])
    expect(catalogTextWords("   ")).toEqual([])
    expect(catalogTextWords("%% ( _")).toBeNull()
  })
})
