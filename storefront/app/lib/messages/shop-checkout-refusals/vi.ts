// The checkout's refusals, in Vietnamese: a carrier or the backend refusing the order, a
// sales point or the stock running short, the company invoice refused, the card's bank
// not confirming. Only the server loads them (routes/_shop.checkout/refusals.server.ts):
// the action and loader send the text, in the page's language, so no browser downloads
// these. Every key here must exist in en.ts (its type says so).
export const vi = {
  "errors.carrierRefused": "Đơn vị vận chuyển này không nhận giao đến địa chỉ này lúc này. Vui lòng chọn phương thức giao hàng khác.",
  "errors.pointOutOfStock": "Điểm bán này vừa hết một sản phẩm trong giỏ của bạn. Vui lòng chọn điểm nhận khác hoặc giao hàng tận nơi.",
  "errors.outOfStock": "Một sản phẩm trong giỏ vừa hết hàng. Vui lòng xem lại giỏ hàng.",
  "errors.pointShort": "Điểm bán này không còn đủ hàng: {items}. Vui lòng giảm số lượng, chọn điểm nhận khác hoặc giao hàng tận nơi.",
  "errors.short": "Không còn đủ hàng: {items}. Vui lòng giảm số lượng trong giỏ hàng.",
  "errors.shortItem": "{title} (còn {available}, bạn đặt {needed})",
  "errors.orderRefused": "Cửa hàng chưa nhận được đơn này. Vui lòng kiểm tra lại giỏ hàng và thử lại.",
  "errors.generic": "Đã có lỗi, vui lòng thử lại.",
  "errors.companyName": "Nhập tên công ty.",
  "errors.taxCode": "Mã số thuế gồm 10 số, hoặc 13 số dạng 0123456789-001.",
  "errors.companyAddress": "Nhập địa chỉ công ty.",
  "payment.cardReturnFailed": "Ngân hàng chưa xác nhận thanh toán thẻ. Đơn hàng chưa được đặt; vui lòng thử lại hoặc chọn phương thức khác.",
} as const
