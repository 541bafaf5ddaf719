// Messages of the home page (routes/_shop._index), in Vietnamese.
// Kept out of the shop dictionary, which every shop page downloads; those pages load it
// themselves (lazy.ts). Every key here must exist in en.ts (its type says so).
export const vi = {
  "home.title": "OCOP Market: đặc sản OCOP An Giang và Cần Thơ",
  "home.heroTitle": "Đặc sản có sao OCOP, biết rõ ai làm và làm ở đâu",
  "home.whatIsOcop":
    "OCOP (Mỗi xã một sản phẩm) là chương trình quốc gia chấm điểm đặc sản địa phương trên thang 100 điểm và xếp hạng từ 1 đến 5 sao; chỉ sản phẩm đạt từ 3 sao trở lên mới được công nhận là sản phẩm OCOP, và chứng nhận có hiệu lực 36 tháng.",
  "home.shopNow": "Xem sản phẩm",
  "home.onlyCurrent": "Chỉ sản phẩm còn chứng nhận",
  "home.scaleTitle": "Ý nghĩa các hạng sao",
  "home.scale5": "90–100 điểm: sản phẩm đặc sắc, chất lượng cao, có thể xuất khẩu; do Bộ Nông nghiệp và Môi trường công nhận.",
  "home.scale4": "70 đến dưới 90 điểm: sản phẩm đặc sắc, tiếp cận thị trường tốt, có thể nâng lên 5 sao; do UBND tỉnh công nhận.",
  "home.scale3": "50 đến dưới 70 điểm: sản phẩm đặc trưng của địa phương, quản lý thương mại ổn định; do UBND tỉnh công nhận.",
  "home.scaleBelow": "Dưới 50 điểm (1–2 sao) chưa phải sản phẩm OCOP và không được dùng nhãn OCOP.",
  "home.featured": "Sản phẩm 5 sao và 4 sao",
  "home.featuredNote":
    "Phần lớn chứng nhận trong danh mục được cấp năm 2020–2023 và đã hết hạn; chúng tôi vẫn bán các sản phẩm này nhưng ghi rõ sao chỉ là lịch sử.",
  "home.byProvince": "Theo tỉnh, thành",
  "home.byCategory": "Theo nhóm sản phẩm OCOP",
  "home.productCount": "{count} sản phẩm",
  "home.salesPoints": "Điểm giới thiệu và bán sản phẩm OCOP",
  "home.salesPointsText":
    "Xem, nếm thử và mua sản phẩm OCOP tận nơi tại các trung tâm và điểm bán ở An Giang và Cần Thơ.",
  "home.salesPointsLink": "Xem các điểm bán",
} as const
