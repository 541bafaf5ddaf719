// Order and parcel wording both the shop and the producer portal show, in
// Vietnamese, the site's first language.
// Every key here must exist in en.ts (its type says so).
export const vi = {
  "order.number": "Đơn hàng #{number}",
  "shipment.parcel": "Kiện {number}",
  "shipment.carrier": "Đơn vị vận chuyển: {carrier}",
  "shipment.tracking": "Mã vận đơn: {tracking}",
  "shipment.status.awaiting": "Chờ đóng gói",
  "shipment.status.packed": "Đã đóng gói",
  "shipment.status.shipped": "Đang giao",
  "shipment.status.delivered": "Đã giao",
  "shipment.lastEvent": "Cập nhật từ đơn vị vận chuyển: {status}, {time}",
  "shipment.event.created": "Đã tạo vận đơn",
  "shipment.event.picked_up": "Đã lấy hàng",
  "shipment.event.in_transit": "Đang vận chuyển",
  "shipment.event.delivery_failed": "Giao không thành công",
  "shipment.event.delivered": "Đã giao",
  "shipment.event.returning": "Đang hoàn hàng về người gửi",
  "shipment.event.returned": "Đã hoàn về người gửi",
  "shipment.event.cancelled": "Đã hủy vận đơn",
  "shipment.event.lost": "Thất lạc hoặc hư hỏng",
} as const
