import type { Locale, MessageKey, Translate } from "./i18n"
import type { OcopCategory, OcopCertificateSummary, IssuingLevel, ProducerType } from "./ocop-types"

/** Only a valid certificate of 3★ or more lets a product carry the OCOP mark. */
export function isCurrentOcop(cert: Pick<OcopCertificateSummary, "status" | "stars">): boolean {
  return cert.status === "active" && cert.stars >= 3
}

const setNamesEn: Record<string, string> = {
  "01": "Fresh vegetables, tubers, fruits and nuts",
  "02": "Fresh meat, seafood, eggs and milk",
  "03": "Rice, cereals and other lightly processed grains",
  "04": "Honey, other syrups and other farm foods",
  "05": "Fast food",
  "06": "Processed rice and cereal products",
  "07": "Processed vegetables, tubers, fruits and nuts",
  "08": "Processed meat, eggs, milk, seafood, honey and other farm foods",
  "09": "Soy sauce, fish sauce and other liquid condiments",
  "10": "Other seasonings (salt, shallots, garlic, pepper…)",
  "11": "Fresh and processed tea",
  "12": "Teas from other plants",
  "13": "Coffee and cocoa",
  "14": "White spirits",
  "15": "Other alcoholic drinks",
  "16": "Natural mineral water and bottled water",
  "17": "Other soft drinks",
  "18": "Functional foods, herbal and traditional medicines",
  "19": "Cosmetics with herbal ingredients",
  "20": "Essential oils and other herbal products",
  "21": "Household and decorative handicrafts",
  "22": "Textiles and garments",
  "23": "Flowers",
  "24": "Ornamental plants",
  "25": "Ornamental animals",
  "26": "Community tourism, eco-tourism and tourist sites",
}

const setNamesVi: Record<string, string> = {
  "01": "Rau, củ, quả, hạt tươi",
  "02": "Thịt, thủy sản, trứng, sữa tươi",
  "03": "Gạo, ngũ cốc, hạt sơ chế khác",
  "04": "Mật ong, mật khác và nông sản thực phẩm khác",
  "05": "Đồ ăn nhanh",
  "06": "Chế biến từ gạo, ngũ cốc",
  "07": "Chế biến từ rau, củ, quả, hạt",
  "08": "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mật khác và nông sản thực phẩm khác",
  "09": "Tương, nước mắm, gia vị dạng lỏng khác",
  "10": "Gia vị khác (muối, hành, tỏi, tiêu…)",
  "11": "Chè tươi, chè chế biến",
  "12": "Sản phẩm (trà) từ thực vật khác",
  "13": "Cà phê, ca cao",
  "14": "Rượu trắng",
  "15": "Đồ uống có cồn khác",
  "16": "Nước khoáng thiên nhiên, nước uống đóng chai",
  "17": "Đồ uống không cồn khác",
  "18": "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
  "19": "Mỹ phẩm có thành phần từ dược liệu",
  "20": "Tinh dầu và dược liệu khác",
  "21": "Thủ công mỹ nghệ gia dụng, trang trí",
  "22": "Vải, may mặc",
  "23": "Hoa",
  "24": "Cây cảnh",
  "25": "Động vật cảnh",
  "26": "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
}

export const categorySetCodes = Object.keys(setNamesVi)

export function isCategorySet(code: string): boolean {
  return code in setNamesVi
}

/** The criteria set's name in the reader's language (the API only has Vietnamese). */
export function categorySetName(set: string, locale: Locale, fallback?: string | null): string {
  return (locale === "en" ? setNamesEn[set] : setNamesVi[set]) ?? fallback ?? set
}

export function categoryName(category: OcopCategory, locale: Locale): string | null {
  if (category.set) return categorySetName(category.set, locale, category.name)
  if (category.sector) return sectorName(category.sector, locale)
  return category.name
}

const sectorsVi = ["Thực phẩm", "Đồ uống", "Dược liệu và sản phẩm từ dược liệu", "Thủ công mỹ nghệ", "Sinh vật cảnh", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"]
const sectorsEn = ["Food", "Drinks", "Herbal medicine and herbal products", "Handicrafts", "Ornamental plants and animals", "Community and eco-tourism"]

export function sectorName(sector: number, locale: Locale): string {
  return (locale === "en" ? sectorsEn : sectorsVi)[sector - 1] ?? String(sector)
}

const producerTypeKeys: Record<ProducerType, MessageKey> = {
  household_business: "producerType.household_business",
  cooperative: "producerType.cooperative",
  cooperative_group: "producerType.cooperative_group",
  enterprise: "producerType.enterprise",
}

export function producerTypeLabel(type: ProducerType | null, t: Translate): string {
  return type ? t(producerTypeKeys[type]) : t("common.notRecorded")
}

const issuingLevelKeys: Record<IssuingLevel, MessageKey> = {
  district: "ocop.level.district",
  province: "ocop.level.province",
  central: "ocop.level.central",
}

export function issuingLevelLabel(level: IssuingLevel | null, t: Translate): string {
  return level ? t(issuingLevelKeys[level]) : t("common.notRecorded")
}

/** "★★★★☆" for screen-less contexts (titles, JSON); the UI uses StarRating. */
export function starGlyphs(stars: number): string {
  return "★".repeat(stars) + "☆".repeat(Math.max(0, 5 - stars))
}
