// Valid OCOP data shaped like the store API's answers; a test overrides only what it is about.
import type { OcopProduct, OcopProductDetail } from "./ocop-types"
import type { SearchSuggestion } from "~/routes/resources.search-suggestions/route"

export function ocopProduct(overrides: Partial<OcopProduct> = {}): OcopProduct {
  return {
    id: "prod_1",
    handle: "banh-hanh-nhan-tien-anh",
    title: "Bánh hạnh nhân Tiến Anh",
    subtitle: "Chợ Mới, An Giang",
    thumbnail: "http://localhost:9000/static/ocop/banh-hanh-nhan-tien-anh.svg",
    price_vnd: 45000,
    is_ocop: true,
    ocop: {
      certification_id: "occe_1",
      stars: 4,
      score: 78.1,
      status: "active",
      category: { set: "06", sector: 1, name: "Chế biến từ gạo, ngũ cốc" },
      decision_number: "912/QĐ-UBND",
      decision_date: "2024-06-04",
      recognized_year: 2024,
      issuing_body: "UBND tỉnh An Giang",
      issuing_level: "province",
      legal_framework: "148",
      valid_from: "2024-06-04",
      valid_until: "2027-06-04",
    },
    producer: { id: "ocpr_1", handle: "tien-anh", name: "Công ty TNHH Sản xuất - Thương mại Tiến Anh", type: "enterprise" },
    origin: {
      commune_code: "30628",
      commune_name: "Xã Chợ Mới",
      province_code: "91",
      province_name: "Tỉnh An Giang",
      address_as_certified: "Thị trấn Chợ Mới (ấp Thị 2), Huyện Chợ Mới, An Giang",
      note: null,
    },
    rating: { average: null, count: 0 },
    sold: 0,
    ...overrides,
  }
}

export function ocopProductDetail(overrides: Partial<OcopProductDetail> = {}): OcopProductDetail {
  return {
    ...ocopProduct(),
    description: "Bánh hạnh nhân Tiến Anh là sản phẩm OCOP 4 sao.",
    original_title: "Bánh hạnh nhân Tiến Anh",
    title_en: "Vietnamese almond-shaped cookies",
    description_en: "A 4-star OCOP product.",
    images: [{ id: "img_1", url: "http://localhost:9000/static/ocop/banh-hanh-nhan-tien-anh.svg" }],
    options: [{ id: "opt_1", title: "Quy cách", values: [{ id: "optval_250", value: "Hộp 250 g" }, { id: "optval_500", value: "Hộp 500 g" }] }],
    variants: [
      { id: "variant_250", title: "Hộp 250 g", sku: "OCOP-P29-250G", weight_g: 300, options: [], price_vnd: 45000, in_stock: true },
      { id: "variant_500", title: "Hộp 500 g", sku: "OCOP-P29-500G", weight_g: 580, options: [], price_vnd: 85000, in_stock: true },
    ],
    certification_history: [],
    shop: { age_restricted: false, vat_rate: 8, prices_illustrative: false },
    sales_points: [],
    reviews: [],
    related: null,
    ...overrides,
  }
}

/** A suggestion as /resources/search-suggestions gives it: the seeded almond cookies unless told otherwise. */
export function suggestion(overrides: Partial<SearchSuggestion> = {}): SearchSuggestion {
  return {
    id: "prod_1",
    handle: "banh-hanh-nhan-tien-anh",
    title: "Bánh hạnh nhân Tiến Anh",
    thumbnail: "http://localhost:9000/static/ocop/banh-hanh-nhan-tien-anh.svg",
    price_vnd: 45000,
    stars: 4,
    is_ocop: true,
    place: "Xã Chợ Mới, Tỉnh An Giang",
    ...overrides,
  }
}
