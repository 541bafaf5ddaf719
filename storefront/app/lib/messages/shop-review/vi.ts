// Messages of the review form (routes/_shop.account.orders.$id_.review.$lineId), in
// Vietnamese. The page loads shop-orders too, for what it shares with the order pages (the
// account's title, the review link's wording, a rating's options, a missing order); these
// are the form's own, which the order pages do not show; it loads them itself (lazy.ts).
// Every key here must exist in en.ts (its type says so).
export const vi = {
  "review.formTitle": "Đánh giá {title}",
  "review.rating": "Chấm điểm",
  "review.body": "Nhận xét của bạn",
  "review.bodyHint": "Sản phẩm có đúng mô tả không, chất lượng, đóng gói ra sao.",
  "review.photos": "Ảnh (tối đa 3 ảnh JPEG, PNG hoặc WebP)",
  "review.submit": "Gửi đánh giá",
  "review.thanks": "Cảm ơn bạn đã đánh giá!",
  "review.errorRating": "Hãy chọn từ 1 đến 5 sao.",
  "review.errorBody": "Hãy viết vài dòng nhận xét (tối đa 2000 ký tự).",
  "review.errorPhotos": "Tối đa 3 ảnh JPEG, PNG hoặc WebP.",
  "review.errorAlready": "Dòng hàng này đã được đánh giá.",
  "review.errorNotDelivered": "Bạn đánh giá được sau khi nhận hàng.",
} as const
