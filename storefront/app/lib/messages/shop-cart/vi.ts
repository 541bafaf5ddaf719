// Messages of the cart page (routes/_shop.cart), in Vietnamese: its lines, totals and
// discount codes. Kept out of shop-orders and shop-customer (3.1 and 1.9 KB gzip), whose
// order, payment and account texts the cart does not show; the checkout loads all three.
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
  "cart.subtotal": "Tạm tính",
  "cart.shipping": "Phí giao hàng",
  "cart.shippingLater": "Tính ở bước thanh toán",
  "cart.checkout": "Thanh toán",
  "cart.continue": "Tiếp tục mua sắm",
  "cart.updated": "Đã cập nhật giỏ hàng.",
  "checkout.summary": "Đơn hàng của bạn",
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
