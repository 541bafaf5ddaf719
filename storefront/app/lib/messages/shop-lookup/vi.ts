// Messages only some shop pages show, in Vietnamese: the order lookup page's own (finding an
// order by its number and the buyer's email or phone).
// Kept out of the shop dictionary, which every shop page downloads; those pages load it
// themselves (lazy.ts). Every key here must exist in en.ts (its type says so).
export const vi = {
  "lookup.title": "Tra cứu đơn hàng",
  "lookup.intro": "Nhập mã đơn hàng (trên trang xác nhận và trong email) cùng số điện thoại hoặc email bạn đã dùng khi đặt hàng. Bạn sẽ xem được đơn hàng trong 30 phút, trên bất kỳ trình duyệt nào.",
  "lookup.number": "Mã đơn hàng",
  "lookup.numberHint": "Chỉ gồm chữ số, ví dụ: 1024.",
  "lookup.contact": "Số điện thoại hoặc email",
  "lookup.contactHint": "Số điện thoại người nhận hoặc email đã dùng khi đặt hàng.",
  "lookup.submit": "Tra cứu",
  "lookup.notFound": "Không tìm thấy đơn hàng nào có mã này với số điện thoại hoặc email này. Vui lòng kiểm tra lại cả hai.",
  "lookup.tooMany": "Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  "errors.orderNumber": "Mã đơn hàng chỉ gồm chữ số, ví dụ: 1024.",
  "errors.orderContact": "Nhập số điện thoại (ít nhất 9 chữ số) hoặc email đã dùng khi đặt hàng.",
} as const
