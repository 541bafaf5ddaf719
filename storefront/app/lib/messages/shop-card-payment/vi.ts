// The card form's texts (components/payment/card-payment-form.tsx), in Vietnamese, the
// site's first language. Only a shopper paying by card sees them: the form loads them
// with its code, fetched when the card is picked at the checkout, so no page downloads
// them before. Every key here must exist in en.ts (its type says so).
export const vi = {
  "payment.cardDetails": "Thông tin thẻ",
  "payment.cardNeedsJs": "Thanh toán bằng thẻ cần bật JavaScript. Bạn vẫn có thể chọn thanh toán khi nhận hàng hoặc chuyển khoản.",
  "payment.payNow": "Thanh toán {amount}",
  "payment.cardFailed": "Thẻ chưa được thanh toán: {reason}",
} as const
