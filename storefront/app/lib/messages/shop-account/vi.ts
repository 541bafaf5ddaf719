// Messages of the sign-in, registration and wishlist pages (routes/_shop.account.login, register, wishlist), in Vietnamese.
// Kept out of shop-customer (cart, checkout, order and account texts, 2.2 KB gzip), which
// these pages do not show; they load it themselves (lazy.ts). Every key here must exist in
// en.ts (its type says so).
export const vi = {
  "errors.invalidLogin": "Email hoặc mật khẩu không đúng.",
  "errors.emailTaken": "Email này đã có tài khoản. Hãy đăng nhập.",
  "login.title": "Đăng nhập",
  "login.noAccount": "Chưa có tài khoản?",
  "login.register": "Đăng ký",
  "register.title": "Tạo tài khoản",
  "register.submit": "Tạo tài khoản",
  "register.haveAccount": "Đã có tài khoản?",
  "wishlist.title": "Sản phẩm yêu thích",
  "wishlist.empty": "Bạn chưa thích sản phẩm nào. Bấm hình trái tim trên sản phẩm để lưu lại xem sau.",
  "wishlist.count": "{count} sản phẩm",
  "wishlist.unavailable": "{count} sản phẩm bạn đã thích hiện không còn bán.",
  "register.fullName": "Họ và tên",
} as const
