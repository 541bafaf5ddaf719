// Messages of the sales points: their page and the product page's where-to-buy list (routes/_shop.sales-points, _shop.products.$handle), in Vietnamese.
// Kept out of the shop dictionary, which every shop page downloads; those pages load it
// themselves (lazy.ts). Every key here must exist in en.ts (its type says so).
export const vi = {
  "salesPoint.title": "Điểm giới thiệu và bán sản phẩm OCOP",
  "salesPoint.intro":
    "Xem, nếm thử và mua sản phẩm OCOP tận nơi ở An Giang và Cần Thơ. Danh sách theo tỉnh, thành phố, kèm địa chỉ, giờ mở cửa và số điện thoại.",
  "salesPoint.byProvince": "Điểm bán theo tỉnh, thành phố",
  "salesPoint.empty": "Chưa có điểm bán nào. Mọi sản phẩm vẫn có thể đặt giao tận nhà.",
  "salesPoint.kind.centre": "Trung tâm OCOP",
  "salesPoint.kind.point": "Điểm giới thiệu và bán sản phẩm OCOP",
  "salesPoint.address": "Địa chỉ",
  "salesPoint.hours": "Giờ mở cửa",
  "salesPoint.phone": "Điện thoại",
  "salesPoint.illustrative": "Địa chỉ, giờ mở cửa và số điện thoại là thông tin minh họa, chưa phải dữ liệu chính thức.",
  "salesPoint.productTitle": "Mua tận nơi tại điểm bán OCOP",
  "salesPoint.productNone": "Hiện chưa có điểm bán nào còn sản phẩm này. Bạn vẫn có thể đặt giao tận nhà.",
  "salesPoint.productError": "Chưa tải được danh sách điểm bán. Bạn vẫn có thể đặt giao tận nhà.",
  "salesPoint.productNoneOutOfStock": "Hiện chưa có điểm bán nào còn sản phẩm này.",
  "salesPoint.productErrorOutOfStock": "Chưa tải được danh sách điểm bán.",
  "salesPoint.inStock": "Còn hàng",
  "salesPoint.fewLeft": "Sắp hết hàng",
  "salesPoint.allLink": "Xem tất cả điểm bán OCOP",
} as const
