// A producer's page: who they are, where, and their products, in Vietnamese, the
// site's first language.
// Every key here must exist in en.ts (its type says so).
export const vi = {
  "producer.about": "Giới thiệu",
  "producer.type": "Loại hình",
  "producer.address": "Địa chỉ đăng ký",
  "producer.location": "Đơn vị hành chính hiện nay",
  "producer.formerUnits": "Trước ngày 1/7/2025 gồm",
  "producer.website": "Trang web",
  "producer.products": "Sản phẩm của {name}",
  "producer.noStory": "Nhà sản xuất chưa gửi câu chuyện giới thiệu.",
  "error.producerNotFound": "Không tìm thấy nhà sản xuất này.",
} as const
