// Messages of the account pages, in Vietnamese: sign-in, registration, the wishlist, the
// overview and the address book (routes/_shop.account.login, register, wishlist, _index,
// addresses). Kept out of shop-customer (the checkout's address, payment and totals texts)
// and shop-orders (the order texts), which sign-in, registration and the wishlist do not
// show; these pages load it themselves (lazy.ts). Every key here must exist in en.ts (its
// type says so).
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
  "common.delete": "Xóa",
  "account.noAddresses": "Chưa có địa chỉ nào.",
  "account.addAddress": "Thêm địa chỉ",
  "account.addressSaved": "Đã lưu địa chỉ.",
  "account.deleteAddress": "Xóa địa chỉ {address}",
  "account.hello": "Xin chào {name}",
  "account.orders": "Lịch sử đơn hàng",
  "account.noOrders": "Bạn chưa có đơn hàng nào.",
  "account.orderTotal": "Tổng tiền",
  "account.orderItems": "{count} sản phẩm",
  "account.viewOrder": "Xem đơn #{number}",
} as const
