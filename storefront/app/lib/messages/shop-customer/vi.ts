// What the checkout shows and shares with the pages around it, in Vietnamese: the address
// fields and their errors (also the address book, routes/_shop.account.addresses, whose
// action shares lib/address-schema.server.ts), the payment methods' names and an experience's
// line (also the order pages, routes/_shop.orders.$id.*, _shop.account.orders.$id), the
// totals' labels (also the cart, routes/_shop.cart). Those pages load it themselves (lazy.ts);
// the order and account texts are in shop-orders and shop-account, which the checkout does
// not download. Every key here must exist in en.ts (its type says so).
export const vi = {
  "checkout.cod": "Thanh toán khi nhận hàng",
  "checkout.fullName": "Họ và tên",
  "checkout.phoneHint": "Ví dụ: 0912 345 678",
  "checkout.communeHint": "Danh sách theo đơn vị hành chính từ ngày 1/7/2025 (không còn cấp huyện).",
  "checkout.street": "Số nhà, đường, ấp/khóm",
  "checkout.streetHint": "Ví dụ: 12 đường Trần Hưng Đạo, khóm 3",
  "payment.vietqr": "Chuyển khoản ngân hàng (VietQR)",
  "payment.card": "Thẻ quốc tế (Visa, Mastercard, JCB)",
  "payment.vnpay": "VNPay",
  "payment.momo": "Ví MoMo",
  "payment.zalopay": "ZaloPay",
  "payment.momoAtm": "Thẻ ATM nội địa (qua MoMo)",
  "errors.street": "Vui lòng nhập số nhà, tên đường hoặc ấp/khóm.",
  "errors.shipping": "Vui lòng chọn phương thức giao hàng.",
  "errors.payment": "Vui lòng chọn phương thức thanh toán.",
  "experience.errors.leadName": "Vui lòng nhập họ và tên trưởng đoàn.",
  "experience.date": "Ngày",
  "experience.guestCount": "{count} khách",
  "experience.childLine": "Vé trẻ em",
  "experience.leadVisitor": "Trưởng đoàn",
  "payment.codAtVenue": "Thanh toán tại nơi trải nghiệm",
  "checkout.summary": "Đơn hàng của bạn",
  "cart.subtotal": "Tạm tính",
  "cart.shipping": "Phí giao hàng",
} as const
