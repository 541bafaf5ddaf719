import { correctedQueries, editsOf } from "./typo-corrections"

describe("editsOf", () => {
  it("reaches the words one slip away, a swapped pair cheapest", () => {
    const edits = editsOf("hao")
    expect(edits.get("hoa")).toBe(1)
    expect(edits.get("ha")).toBe(1.2)
    expect(edits.get("hai")).toBe(1.2)
    expect(edits.get("khao")).toBe(1.2)
    expect(edits.has("hao")).toBe(false)
    expect(edits.has("hoan")).toBe(false)
  })
})

describe("correctedQueries", () => {
  it("tries the cheapest corrections first and never the query as typed", () => {
    const queries = correctedQueries(
      ["nuoc", "khaong"],
      [
        [
          { word: "nuoc", cost: 0 },
          { word: "nuoi", cost: 11.2 },
        ],
        [
          { word: "khoang", cost: 1 },
          { word: "khong", cost: 1.2 },
        ],
      ]
    )
    expect(queries.slice(0, 2)).toEqual(["nuoc khoang", "nuoc khong"])
    expect(queries).not.toContain("nuoc khaong")
  })

  it("leaves out a word nothing resembles", () => {
    expect(
      correctedQueries(["duong", "qqqqzzz"], [[{ word: "duong", cost: 0 }], []])
    ).toEqual(["duong"])
    expect(correctedQueries(["qqqqzzz"], [[]])).toEqual([])
  })
})
