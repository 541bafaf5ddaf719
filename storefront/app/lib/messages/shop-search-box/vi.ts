// The header search box's suggestions, in Vietnamese, the site's first language.
// Only the combobox shows them, which loads when the shopper reaches for the box.
// Every key here must exist in en.ts (its type says so).
export const vi = {
  "search.suggestions": "Gợi ý sản phẩm",
  "search.loading": "Đang tìm…",
  "search.noSuggestions": "Không có gợi ý cho “{q}”. Nhấn Enter để xem kết quả gần đúng.",
  "search.suggestionsError": "Chưa lấy được gợi ý. Nhấn Enter để tìm.",
  "search.suggestionCount": "{count} gợi ý, dùng phím mũi tên lên xuống để chọn.",
  "search.seeAll": "Xem tất cả kết quả cho “{q}”",
  "search.expired": "Chứng nhận hết hạn",
} as const
