import { foldVietnamese } from "./fold-vietnamese"

describe("foldVietnamese", () => {
  it("lets a search without diacritics match a commune name", () => {
    expect(foldVietnamese("Xã Châu Phong")).toBe("xa chau phong")
    expect(foldVietnamese("Châu Phong")).toBe(foldVietnamese("chau phong"))
  })

  it("turns đ and Đ into d", () => {
    expect(foldVietnamese("Đa Phước")).toBe("da phuoc")
    expect(foldVietnamese("Phường Châu Đốc")).toBe("phuong chau doc")
  })

  it("matches composed and decomposed spellings of the same name", () => {
    expect(foldVietnamese("Phường Từ Sơn".normalize("NFD"))).toBe(
      foldVietnamese("Phường Từ Sơn")
    )
  })

  it("matches both tone-mark placements", () => {
    expect(foldVietnamese("Điềm Thuỵ")).toBe(foldVietnamese("Điềm Thụy"))
  })

  it("collapses runs of whitespace, including newlines, and trims", () => {
    expect(foldVietnamese("  Xã  Thạnh Hòa\n")).toBe("xa thanh hoa")
  })

  it("folds product names too", () => {
    expect(foldVietnamese("Đường thốt nốt Tri Tôn")).toBe(
      "duong thot not tri ton"
    )
  })
})
