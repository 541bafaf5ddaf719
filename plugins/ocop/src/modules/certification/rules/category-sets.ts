/**
 * OCOP product taxonomy of 148/QĐ-TTg Phụ lục I, unchanged in 26/2026:
 * 6 sectors (ngành) → 17 groups (nhóm) → 26 criteria sets (bộ sản phẩm).
 * A product is evaluated against the scorecard of its set, so the set, not
 * the group, is what a certificate records.
 */
export type OcopSector = {
  code: number
  roman: string
  name_vi: string
  name_en: string
}

export type OcopCategorySet = {
  code: string
  sector: number
  group_vi: string
  group_en: string
  name_vi: string
  name_en: string
}

export const OCOP_SECTORS: OcopSector[] = [
  { code: 1, roman: "I", name_vi: "Thực phẩm", name_en: "Food" },
  { code: 2, roman: "II", name_vi: "Đồ uống", name_en: "Beverages" },
  {
    code: 3,
    roman: "III",
    name_vi: "Dược liệu và sản phẩm từ dược liệu",
    name_en: "Medicinal herbs and herbal products",
  },
  { code: 4, roman: "IV", name_vi: "Thủ công mỹ nghệ", name_en: "Handicrafts" },
  {
    code: 5,
    roman: "V",
    name_vi: "Sinh vật cảnh",
    name_en: "Ornamental plants and animals",
  },
  {
    code: 6,
    roman: "VI",
    name_vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    name_en: "Community tourism, eco-tourism and tourist sites",
  },
]

type Group = { sector: number; vi: string; en: string }

const FRESH: Group = { sector: 1, vi: "Thực phẩm tươi sống", en: "Fresh food" }
const RAW: Group = {
  sector: 1,
  vi: "Thực phẩm thô, sơ chế",
  en: "Raw and pre-processed food",
}
const PROCESSED: Group = {
  sector: 1,
  vi: "Thực phẩm chế biến",
  en: "Processed food",
}
const SEASONING: Group = { sector: 1, vi: "Gia vị", en: "Seasonings" }
const TEA: Group = { sector: 1, vi: "Chè", en: "Tea" }
const COFFEE: Group = {
  sector: 1,
  vi: "Cà phê, ca cao",
  en: "Coffee and cocoa",
}
const ALCOHOLIC: Group = {
  sector: 2,
  vi: "Đồ uống có cồn",
  en: "Alcoholic beverages",
}
const SOFT: Group = {
  sector: 2,
  vi: "Đồ uống không cồn",
  en: "Non-alcoholic beverages",
}
const HERBAL_MEDICINE: Group = {
  sector: 3,
  vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
  en: "Functional foods, herbal and traditional medicines",
}
const COSMETICS: Group = {
  sector: 3,
  vi: "Mỹ phẩm có thành phần từ dược liệu",
  en: "Cosmetics with herbal ingredients",
}
const ESSENTIAL_OILS: Group = {
  sector: 3,
  vi: "Tinh dầu và dược liệu khác",
  en: "Essential oils and other medicinal herbs",
}
const CRAFTS: Group = {
  sector: 4,
  vi: "Thủ công mỹ nghệ gia dụng, trang trí",
  en: "Household and decorative handicrafts",
}
const TEXTILES: Group = {
  sector: 4,
  vi: "Vải, may mặc",
  en: "Textiles and garments",
}
const FLOWERS: Group = { sector: 5, vi: "Hoa", en: "Flowers" }
const PLANTS: Group = { sector: 5, vi: "Cây cảnh", en: "Ornamental plants" }
const ANIMALS: Group = {
  sector: 5,
  vi: "Động vật cảnh",
  en: "Ornamental animals",
}
const TOURISM: Group = {
  sector: 6,
  vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
  en: "Community tourism, eco-tourism and tourist sites",
}

// Sets 18–26 have no sub-sets: the group is the set.
const SETS: [code: string, group: Group, name_vi?: string, name_en?: string][] =
  [
    [
      "01",
      FRESH,
      "Rau, củ, quả, hạt tươi",
      "Fresh vegetables, tubers, fruits and nuts",
    ],
    [
      "02",
      FRESH,
      "Thịt, thủy sản, trứng, sữa tươi",
      "Fresh meat, fish and seafood, eggs and milk",
    ],
    [
      "03",
      RAW,
      "Gạo, ngũ cốc, hạt sơ chế khác",
      "Rice, cereals and other pre-processed grains",
    ],
    [
      "04",
      RAW,
      "Mật ong, mật khác và nông sản thực phẩm khác",
      "Honey, other syrups and other farm food produce",
    ],
    ["05", PROCESSED, "Đồ ăn nhanh", "Fast food"],
    [
      "06",
      PROCESSED,
      "Chế biến từ gạo, ngũ cốc",
      "Processed from rice and cereals",
    ],
    [
      "07",
      PROCESSED,
      "Chế biến từ rau, củ, quả, hạt",
      "Processed from vegetables, tubers, fruits and nuts",
    ],
    [
      "08",
      PROCESSED,
      "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mật khác và nông sản thực phẩm khác",
      "Processed from meat, eggs, milk, fish and seafood, honey, other syrups and other farm food produce",
    ],
    [
      "09",
      SEASONING,
      "Tương, nước mắm, gia vị dạng lỏng khác",
      "Soybean sauce, fish sauce and other liquid seasonings",
    ],
    ["10", SEASONING, "Gia vị khác", "Other seasonings"],
    ["11", TEA, "Chè tươi, chè chế biến", "Fresh and processed tea"],
    ["12", TEA, "Sản phẩm (trà) từ thực vật khác", "Teas from other plants"],
    ["13", COFFEE, "Cà phê, ca cao", "Coffee and cocoa"],
    ["14", ALCOHOLIC, "Rượu trắng", "White spirits"],
    ["15", ALCOHOLIC, "Đồ uống có cồn khác", "Other alcoholic beverages"],
    [
      "16",
      SOFT,
      "Nước khoáng thiên nhiên, nước uống đóng chai",
      "Natural mineral water and bottled drinking water",
    ],
    ["17", SOFT, "Đồ uống không cồn khác", "Other non-alcoholic beverages"],
    ["18", HERBAL_MEDICINE],
    ["19", COSMETICS],
    ["20", ESSENTIAL_OILS],
    ["21", CRAFTS],
    ["22", TEXTILES],
    ["23", FLOWERS],
    ["24", PLANTS],
    ["25", ANIMALS],
    ["26", TOURISM],
  ]

export const OCOP_CATEGORY_SETS: OcopCategorySet[] = SETS.map(
  ([code, group, name_vi = group.vi, name_en = group.en]) => ({
    code,
    sector: group.sector,
    group_vi: group.vi,
    group_en: group.en,
    name_vi,
    name_en,
  })
)

export const CATEGORY_SET_CODES: string[] = OCOP_CATEGORY_SETS.map(
  (set) => set.code
)

/** Looks a set up by its code; "1" finds "01", as decisions often drop the zero. */
export function findCategorySet(code: string): OcopCategorySet | undefined {
  const trimmed = code.trim()
  if (!/^\d{1,2}$/.test(trimmed)) return undefined
  const canonical = trimmed.padStart(2, "0")
  return OCOP_CATEGORY_SETS.find((set) => set.code === canonical)
}
