// Messages of the cart page (routes/_shop.cart), in Vietnamese: its lines, totals and
// discount codes. The labels it shares with the checkout (subtotal, delivery, the summary's
// title) are in shop-customer, which both load, so the checkout does not download these.
// Every key here must exist in en.ts (its type says so).
export const vi = {
  "cart.title": "Giỏ hàng",
  "cart.empty": "Giỏ hàng của bạn đang trống.",
  "cart.emptyHint": "Hãy xem các đặc sản OCOP và thêm vài món.",
  "cart.unitPrice": "Đơn giá",
  "cart.quantityOf": "Số lượng của {title}",
  "cart.update": "Cập nhật",
  "cart.remove": "Xóa",
  "cart.removeItem": "Xóa {title} khỏi giỏ",
  "cart.shippingLater": "Tính ở bước thanh toán",
  "cart.checkout": "Thanh toán",
  "cart.continue": "Tiếp tục mua sắm",
  "cart.updated": "Đã cập nhật giỏ hàng.",
  "promo.label": "Mã giảm giá",
  "promo.apply": "Áp dụng",
  "promo.applied": "Đã áp dụng mã giảm giá.",
  "promo.removed": "Đã bỏ mã giảm giá.",
  "promo.remove": "Bỏ mã {code}",
  "promo.codes": "Mã đang dùng",
  "promo.unknown": "Mã “{code}” không có hoặc đã hết hạn.",
  "promo.empty": "Hãy nhập mã giảm giá.",
  "promo.discount": "Giảm giá",
  "promo.freeShippingMore": "Mua thêm {amount} để được miễn phí vận chuyển",
  "promo.freeShippingReached": "Đơn hàng của bạn được miễn phí vận chuyển.",
} as const
