// Turns the shared list of real OCOP products into the seed catalog the Medusa seed loads,
// plus one flat SVG picture per product. Plain Node, no dependencies: it runs before install.
//
//   node backend/scripts/derive-seed-catalog.mjs [path-to-ocop-products.json]
//
// Everything printed into the catalog is built from the row's own facts; what the row does not
// say stays null, and what looks wrong is reported as a warning instead of being repaired.
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const FONT_STACK = "'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', sans-serif"

const SECTORS = {
  1: { vi: "Thực phẩm", en: "food" },
  2: { vi: "Đồ uống", en: "drinks" },
  3: { vi: "Dược liệu và sản phẩm từ dược liệu", en: "herbal medicine" },
  4: { vi: "Thủ công mỹ nghệ", en: "handicrafts" },
  5: { vi: "Sinh vật cảnh", en: "ornamental plants and animals" },
  6: {
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "community and eco-tourism",
  },
}

// 148/QĐ-TTg Phụ lục I (domain notes §2.1): the 26 criteria sets and their sectors.
const SETS = {
  "01": [1, "Rau, củ, quả, hạt tươi", "fresh vegetables, fruit and nuts"],
  "02": [
    1,
    "Thịt, thủy sản, trứng, sữa tươi",
    "fresh meat, fish, eggs and milk",
  ],
  "03": [1, "Gạo, ngũ cốc, hạt sơ chế khác", "rice, cereals and other grains"],
  "04": [
    1,
    "Mật ong, mật khác và nông sản thực phẩm khác",
    "honey, syrups and other farm foods",
  ],
  "05": [1, "Đồ ăn nhanh", "ready-to-eat food"],
  "06": [1, "Chế biến từ gạo, ngũ cốc", "processed rice and cereal products"],
  "07": [
    1,
    "Chế biến từ rau, củ, quả, hạt",
    "processed vegetables, fruit and nuts",
  ],
  "08": [
    1,
    "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mật khác và nông sản thực phẩm khác",
    "processed meat, eggs, dairy, fish and other farm foods",
  ],
  "09": [
    1,
    "Tương, nước mắm, gia vị dạng lỏng khác",
    "sauces, fish sauce and liquid seasonings",
  ],
  10: [1, "Gia vị khác", "other seasonings"],
  11: [1, "Chè tươi, chè chế biến", "tea"],
  12: [1, "Sản phẩm (trà) từ thực vật khác", "herbal teas from other plants"],
  13: [1, "Cà phê, ca cao", "coffee and cocoa"],
  14: [2, "Rượu trắng", "white spirits"],
  15: [2, "Đồ uống có cồn khác", "other alcoholic drinks"],
  16: [
    2,
    "Nước khoáng thiên nhiên, nước uống đóng chai",
    "natural mineral and bottled water",
  ],
  17: [2, "Đồ uống không cồn khác", "other soft drinks"],
  18: [
    3,
    "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
    "supplements and herbal medicines",
  ],
  19: [3, "Mỹ phẩm có thành phần từ dược liệu", "herbal cosmetics"],
  20: [
    3,
    "Tinh dầu và dược liệu khác",
    "essential oils and other herbal products",
  ],
  21: [
    4,
    "Thủ công mỹ nghệ gia dụng, trang trí",
    "household and decorative handicrafts",
  ],
  22: [4, "Vải, may mặc", "textiles and garments"],
  23: [5, "Hoa", "flowers"],
  24: [5, "Cây cảnh", "ornamental plants"],
  25: [5, "Động vật cảnh", "ornamental animals"],
  26: [
    6,
    "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    "tourism services",
  ],
}

// Legacy (1048) group names and the current ones, matched on their ASCII slug.
const GROUP_SECTORS = [
  ["thuc-pham", 1],
  ["do-uong", 2],
  ["duoc-lieu", 3],
  ["thao-duoc", 3],
  ["thu-cong", 4],
  ["vai-may-mac", 4],
  ["luu-niem", 4],
  ["sinh-vat-canh", 5],
  ["du-lich", 6],
]

// Periods from the domain notes §1.1; 26/2026 is reported only, but a decision dated in it
// can only have been issued under it.
const FRAMEWORKS = [
  { id: "1048", from: "2019-08-21" },
  { id: "148", from: "2023-02-24" },
  { id: "148+1489", from: "2025-07-06" },
  { id: "26-2026", from: "2026-05-22" },
]

// Bộ NN&PTNT merged into Bộ NN&MT from March 2025 (domain notes §1.4).
const MINISTRY_MERGED_ON = "2025-03-01"
const OLD_MINISTRY = "Bộ Nông nghiệp và PTNT"
const NEW_MINISTRY = "Bộ Nông nghiệp và Môi trường"
// Last day of the temporary 8 % VAT (domain notes §7).
const REDUCED_VAT_UNTIL = "2026-12-31"

const PRODUCER_TYPE_LABELS = {
  enterprise: "doanh nghiệp",
  cooperative: "hợp tác xã",
  cooperative_group: "tổ hợp tác",
  household_business: "hộ kinh doanh",
}
// Who can sell its own harvest VAT-free: farmers' forms, not trading companies.
const GROWER_TYPES = new Set([
  "cooperative",
  "cooperative_group",
  "household_business",
])

const ADMIN_PREFIXES = [
  ["Thị trấn", "township"],
  ["Thị xã", "town"],
  ["Thành phố", "city"],
  ["Đặc khu", "special zone"],
  ["Phường", "ward"],
  ["Huyện", "district"],
  ["Tỉnh", "province"],
  ["Xã", "commune"],
]
const CITY_PROVINCES = new Set([
  "Hà Nội",
  "Hồ Chí Minh",
  "Hải Phòng",
  "Đà Nẵng",
  "Cần Thơ",
  "Huế",
])

// Sources add English remarks in parentheses; only hamlet and street details are part of an address.
const LOCALITY = /^(ấp|khóm|thôn|tổ|khu phố|đường|số)\s/i
// Legal-form words in front of a producer's name, dropped so its key reads like its brand.
// Compared on slug tokens: "Cơ sở sản xuất" → co, so, san, xuat.
const LEGAL_FORM_TOKENS = new Set(
  [
    "cong ty tnhh mtv co phan cp",
    "sx tm dv san xuat thuong mai dich vu che bien",
    "ho kinh doanh hop tac xa htx co so",
    "nghe nhan uu tu",
  ]
    .join(" ")
    .split(" ")
)

// Consumer packs and illustrative retail prices in đồng, keyed by source id:
// [title, SKU suffix, price, packed weight in grams]. Where §7 of the domain notes reports a
// price, it is used; the rest are estimates around the 50.000–500.000 đ order values it reports.
const PACKS = {
  p01: [
    ["Hộp 20 túi lọc", "20TUI", 65000, 60],
    ["Hộp 50 túi lọc", "50TUI", 145000, 140],
  ],
  p02: [
    ["Hũ 250 g", "250G", 30000, 320],
    ["Hũ 500 g", "500G", 55000, 620],
  ],
  p03: [
    ["Hũ 250 g", "250G", 32000, 320],
    ["Hũ 500 g", "500G", 58000, 620],
  ],
  p04: [
    ["Gói 500 g", "500G", 170000, 530],
    ["Gói 1 kg", "1KG", 330000, 1040],
  ],
  p05: [
    ["Gói 250 g", "250G", 160000, 270],
    ["Gói 500 g", "500G", 310000, 530],
  ],
  p06: [
    ["Hũ 500 g", "500G", 70000, 650],
    ["Hũ 1 kg", "1KG", 130000, 1250],
  ],
  // §7: 250.000–400.000 đ/kg in 500 g and 1 kg packs (Tết 2026).
  p07: [
    ["Gói 500 g", "500G", 175000, 530],
    ["Gói 1 kg", "1KG", 340000, 1040],
  ],
  p08: [
    ["Tranh khổ 30 × 40 cm", "30X40", 400000, 900],
    ["Tranh khổ 40 × 60 cm", "40X60", 750000, 1600],
  ],
  p09: [
    ["Hộp 200 g", "200G", 55000, 240],
    ["Hộp 500 g", "500G", 125000, 570],
  ],
  p10: [
    ["Chai 250 ml", "250ML", 95000, 450],
    ["Chai 500 ml", "500ML", 180000, 850],
  ],
  p11: [["Sà rông dệt tay (1 chiếc)", "1CHIEC", 650000, 450]],
  p12: [
    ["Hũ 500 g", "500G", 60000, 650],
    ["Hũ 1 kg", "1KG", 110000, 1250],
  ],
  p13: [
    ["Chai 250 ml", "250ML", 75000, 450],
    ["Chai 500 ml", "500ML", 135000, 800],
  ],
  p14: [
    ["Túi 250 g", "250G", 55000, 270],
    ["Hộp 500 g", "500G", 95000, 560],
  ],
  p15: [
    ["Lốc 6 chai 500 ml", "6X500ML", 36000, 3200],
    ["Thùng 24 chai 500 ml", "24X500ML", 120000, 12800],
  ],
  p16: [
    ["Hũ 500 g", "500G", 45000, 650],
    ["Hũ 1 kg", "1KG", 85000, 1250],
  ],
  p17: [["Hộp 25 túi lọc", "25TUI", 80000, 90]],
  p18: [
    ["Hũ 250 g", "250G", 55000, 380],
    ["Hũ 500 g", "500G", 95000, 700],
  ],
  p19: [
    ["Túi 250 g", "250G", 60000, 270],
    ["Hũ 500 g", "500G", 105000, 620],
  ],
  p20: [
    ["Túi 2 kg", "2KG", 80000, 2020],
    ["Túi 5 kg", "5KG", 190000, 5040],
  ],
  p21: [
    ["Túi 2 kg", "2KG", 85000, 2020],
    ["Túi 5 kg", "5KG", 200000, 5040],
  ],
  p22: [
    ["Gói 500 g", "500G", 180000, 530],
    ["Gói 1 kg", "1KG", 350000, 1040],
  ],
  p23: [
    ["Gói 500 g", "500G", 140000, 530],
    ["Gói 1 kg", "1KG", 270000, 1040],
  ],
  p24: [
    ["Hộp 500 ml", "500ML", 65000, 450],
    ["Hộp 1 lít", "1L", 115000, 850],
  ],
  p25: [
    ["Hộp 1 kg", "1KG", 70000, 1100],
    ["Thùng 3 kg", "3KG", 195000, 3300],
  ],
  p26: [
    ["Chai 500 ml", "500ML", 65000, 900],
    ["Chai 1 lít", "1L", 120000, 1600],
  ],
  p27: [
    ["Hũ 500 g", "500G", 75000, 650],
    ["Hũ 1 kg", "1KG", 140000, 1250],
  ],
  p28: [["Tranh khổ 20 × 30 cm", "20X30", 250000, 600]],
  p29: [
    ["Hộp 250 g", "250G", 45000, 300],
    ["Hộp 500 g", "500G", 85000, 580],
  ],
  // Same §7 range as the other khô cá lóc.
  p30: [
    ["Gói 500 g", "500G", 160000, 530],
    ["Gói 1 kg", "1KG", 310000, 1040],
  ],
  // §7: 235.000 đ per 6-can pack; the single can is that price split and rounded up.
  p31: [
    ["Lon lẻ", "1LON", 40000, 230],
    ["Lốc 6 lon", "6LON", 235000, 1380],
  ],
  p32: [
    ["Túi cỡ vừa", "COVUA", 180000, 350],
    ["Túi cỡ lớn", "COLON", 260000, 500],
  ],
  p33: [
    ["Chai 500 ml", "500ML", 80000, 800],
    ["Hộp 2 chai 500 ml", "2X500ML", 155000, 1700],
  ],
  p34: [
    ["Khay 500 g", "500G", 150000, 560],
    ["Túi 1 kg", "1KG", 290000, 1060],
  ],
  p35: [
    ["Gói 500 g", "500G", 150000, 530],
    ["Gói 1 kg", "1KG", 290000, 1040],
  ],
  p36: [
    ["Gói 500 g", "500G", 110000, 530],
    ["Gói 1 kg", "1KG", 210000, 1040],
  ],
  p37: [
    ["Túi 5 kg", "5KG", 110000, 5040],
    ["Túi 10 kg", "10KG", 210000, 10080],
  ],
  p38: [
    ["Gói 100 g", "100G", 35000, 120],
    ["Hũ 250 g", "250G", 75000, 330],
  ],
  // §7: 10.000–30.000 đ/kg at the farm gate; a retail tray sits a little above it.
  p39: [
    ["Khay 500 g", "500G", 20000, 540],
    ["Khay 1 kg", "1KG", 35000, 1060],
  ],
  p40: [
    ["Trái 1,2–1,5 kg", "1TRAI", 55000, 1500],
    ["Thùng 4 trái", "4TRAI", 200000, 6000],
  ],
  p41: [
    ["Chai 250 ml", "250ML", 35000, 420],
    ["Chai 500 ml", "500ML", 60000, 780],
  ],
  p42: [["Chai 500 ml", "500ML", 220000, 1100]],
}

// For a product the table does not know yet; tourism is sold per person and ships nothing.
const SECTOR_PACKS = {
  1: [["Gói 500 g", "500G", 100000, 550]],
  2: [["Chai 500 ml", "500ML", 80000, 800]],
  3: [["Hộp 1 sản phẩm", "1SP", 150000, 250]],
  4: [["1 sản phẩm", "1SP", 250000, 600]],
  5: [["1 chậu", "1CHAU", 200000, 2000]],
  6: [["Trải nghiệm 1 người", "1NGUOI", 200000, null]],
}

// Soft background, accent and ink per sector.
const PALETTES = {
  1: { bg: "#FBF0DE", accent: "#C9772B", ink: "#5A3417" },
  2: { bg: "#E3EFF4", accent: "#2F7EA1", ink: "#17465C" },
  3: { bg: "#E6F2E6", accent: "#3E8E55", ink: "#1F4D2C" },
  4: { bg: "#F4E9DC", accent: "#A86B3C", ink: "#4E321D" },
  5: { bg: "#F5E6EE", accent: "#B9527F", ink: "#5E2741" },
  6: { bg: "#E6EAF6", accent: "#4A63B0", ink: "#23315E" },
}

/**
 * Derives the seed catalog from the raw product rows. Pure: no I/O.
 * @param {object[]} rawProducts rows of shared/data/ocop-products.json
 * @param {{ today?: string }} [options] ISO date the catalog is for: picks the VAT period and flags lapsed certificates
 * @returns {{ products: object[], warnings: string[], lapsed: { key: string, valid_until: string }[] }}
 *   lapsed: certificates past their 36 months on `today` unless re-recognised since (§1.5)
 */
export function deriveSeedCatalog(
  rawProducts,
  { today = new Date().toISOString().slice(0, 10) } = {}
) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new Error(`today must be YYYY-MM-DD, got "${today}"`)
  const warnings = []
  const warn = (key, message) => warnings.push(`${key}: ${message}`)

  const drafts = rawProducts.map((row) =>
    deriveProduct(row, today, (message) => warn(row.id, message))
  )
  assignUniqueHandles(drafts, warn)
  const producers = buildProducers(drafts, warn)
  const products = drafts.map((draft) =>
    toSeedProduct(draft, producers.get(draft.producerKey) ?? null)
  )

  const skus = new Set()
  for (const { sku } of products.flatMap((p) => p.variants)) {
    if (skus.has(sku)) throw new Error(`duplicate SKU ${sku}`)
    skus.add(sku)
  }
  const lapsed = drafts
    .filter((d) => d.lapsedOn)
    .map((d) => ({ key: d.row.id, valid_until: d.lapsedOn }))
  return { products, warnings: warnings.sort(byKey), lapsed }
}

function byKey(a, b) {
  return a.localeCompare(b, "en", { numeric: true })
}

function deriveProduct(row, today, warn) {
  const categorySet = parseCategorySet(row.category_set)
  const setSector = categorySet ? SETS[categorySet][0] : null
  const groupSector = sectorFromGroup(row.category_group)
  if (row.category_set && !categorySet)
    warn(`category set "${row.category_set}" is not a single set: left null`)
  if (setSector && groupSector && setSector !== groupSector) {
    warn(
      `set ${categorySet} belongs to sector ${setSector}, the group says ${groupSector}`
    )
  }
  const sector = setSector ?? groupSector
  if (!sector)
    throw new Error(
      `${row.id}: no sector in "${row.category_set}" or "${row.category_group}"`
    )

  if (!(row.stars >= 3 && row.stars <= 5))
    throw new Error(`${row.id}: only 3–5★ are OCOP products, got ${row.stars}`)
  if (row.score != null && starsForScore(row.score) !== row.stars) {
    warn(
      `score ${row.score} is in the ${starsForScore(row.score)}★ band, not ${row.stars}★`
    )
  }

  const decision = parseDecision(row.decision)
  if (decision.date && Number(decision.date.slice(0, 4)) !== row.year) {
    warn(`decision dated ${decision.date} but recognised year ${row.year}`)
  }
  if ((decision.date ?? `${row.year}`) > today) warn("recognised after today")
  const frameworks = frameworksFor(decision.date, row.year)
  const legalFramework = frameworks.length === 1 ? frameworks[0] : null
  if (!legalFramework)
    warn(`legal framework unknown: only the year ${row.year} is known`)

  const origin = deriveOrigin(row)
  const level = decision.level ?? issuingLevel(row.stars, frameworks)
  const issuingBody =
    decision.body ??
    issuingBodyFor(
      level,
      decision.date,
      row.year,
      row.province_old,
      origin.former_district
    )
  if (!level) warn("issuing level unknown")
  else if (!issuingBody) warn(`issuing body unknown (level ${level})`)

  // 36 months from the decision (§1.5); with only a year, the most generous end of that year.
  const validUntil = decision.date
    ? addYears(decision.date, 3)
    : `${row.year + 3}-12-31`
  const lapsedOn = validUntil < today ? validUntil : null

  const alcohol =
    ["14", "15"].includes(categorySet) || /có cồn/i.test(row.category_set ?? "")
  const typeIsGuess =
    /type is a guess|legal form[^.]*not (stated|confirmed)/i.test(
      row.notes ?? ""
    )
  if (typeIsGuess && row.producer?.type)
    warn(
      `producer type "${row.producer.type}" is a guess in the source: left null`
    )
  const producerType = typeIsGuess ? null : (row.producer?.type ?? null)

  if (!PACKS[row.id]) warn("not in the pack table: sector default pack used")
  const variants = (PACKS[row.id] ?? SECTOR_PACKS[sector]).map(
    ([title, code, price, weight]) => {
      if (!Number.isInteger(price) || price <= 0 || price % 1000 !== 0) {
        throw new Error(
          `${row.id}: price ${price} must be a positive multiple of 1.000 đ`
        )
      }
      return {
        title,
        sku: `OCOP-${row.id.toUpperCase()}-${code}`,
        price_vnd: price,
        weight_g: weight,
      }
    }
  )

  return {
    row,
    handle: slugify(row.name_vi),
    categorySet,
    sector,
    decision,
    level,
    issuingBody,
    legalFramework,
    evaluationType: evaluationTypeFor(
      `${row.decision ?? ""} ${row.notes ?? ""}`,
      row.stars
    ),
    origin,
    producerKey: row.producer?.name ? producerKey(row.producer.name) : null,
    producerType,
    variants,
    vatRate: vatRate({ categorySet, alcohol, producerType, today }),
    alcohol,
    lapsedOn,
  }
}

function toSeedProduct(draft, producer) {
  const { row } = draft
  const product = {
    key: row.id,
    handle: draft.handle,
    title: row.name_vi,
    title_en: row.name_en,
    subtitle: subtitleFor(row, draft.origin),
    description: null,
    description_en: null,
    category_set: draft.categorySet,
    category_sector: draft.sector,
    stars: row.stars,
    score: row.score ?? null,
    decision_number: draft.decision.number,
    decision_date: draft.decision.date,
    recognized_year: row.year,
    issuing_body: draft.issuingBody,
    issuing_level: draft.level,
    legal_framework: draft.legalFramework,
    evaluation_type: draft.evaluationType,
    origin: draft.origin,
    producer,
    variants: draft.variants,
    prices_illustrative: true,
    vat_rate: draft.vatRate,
    age_restricted: draft.alcohol,
    verified: row.verified,
    notes: row.notes ?? null,
    sources: (row.source ?? "")
      .split(" ; ")
      .map((s) => s.trim())
      .filter(Boolean),
    image: `/static/ocop/${draft.handle}.svg`,
  }
  product.description = describeVi(product, row)
  product.description_en = describeEn(product, row)
  return product
}

// Two products with the same name would share a URL; later ones get a numeric suffix.
function assignUniqueHandles(drafts, warn) {
  const seen = new Map()
  for (const draft of drafts) {
    const count = (seen.get(draft.handle) ?? 0) + 1
    seen.set(draft.handle, count)
    if (count > 1) {
      warn(
        draft.row.id,
        `handle "${draft.handle}" is taken: suffixed -${count}`
      )
      draft.handle = `${draft.handle}-${count}`
    }
  }
}

// One record per producer, identical on each of its products, built from its most detailed row.
function buildProducers(drafts, warn) {
  const groups = new Map()
  for (const draft of drafts) {
    if (!draft.producerKey) {
      warn(draft.row.id, "producer unknown: left null")
      continue
    }
    const group = groups.get(draft.producerKey) ?? []
    const name = draft.row.producer.name
    if (group.length && group[0].row.producer.name !== name) {
      throw new Error(
        `producer key "${draft.producerKey}" would join "${group[0].row.producer.name}" and "${name}"`
      )
    }
    groups.set(draft.producerKey, [...group, draft])
  }

  const producers = new Map()
  for (const [key, group] of groups) {
    const addressLength = (d) => (d.origin.address_as_certified ?? "").length
    const best = group.reduce((a, b) =>
      addressLength(b) > addressLength(a) ? b : a
    )
    const codes = new Set(group.map((d) => d.origin.commune_code))
    if (codes.size > 1)
      warn(
        `producer ${key}`,
        `products in different communes (${[...codes].join(", ")})`
      )
    const types = new Set(group.map((d) => d.producerType))
    if (types.size > 1)
      warn(
        `producer ${key}`,
        `types differ between products (${[...types].join(", ")})`
      )

    const { name } = best.row.producer
    const type = best.producerType
    const label = type ? PRODUCER_TYPE_LABELS[type] : null
    const place = placeVi(best.origin, best.row)
    const intro =
      label && !name.toLowerCase().startsWith(label)
        ? `${name} là ${label} có địa chỉ ở ${place}.`
        : `${name} có địa chỉ ở ${place}.`
    const listed = group
      .map((d) => `${d.row.name_vi} (${d.row.stars} sao)`)
      .join(", ")
    producers.set(key, {
      key,
      name,
      type,
      commune_code: best.origin.commune_code,
      province_code: best.origin.province_code,
      address: best.origin.address_as_certified,
      story: `${intro} Sản phẩm OCOP của chủ thể trong danh mục: ${listed}.`,
    })
  }
  return producers
}

function deriveOrigin(row) {
  const notes = []
  const commune = splitRemarks(row.commune)
  const district = splitRemarks(row.district_old)
  const assumed = commune.remarks.some((r) => /assumed|inferred/i.test(r))
  for (const remark of commune.remarks) {
    if (/assumed|inferred/i.test(remark)) {
      notes.push(
        `Chưa ghi nhận xã; tên chủ thể gợi ý ${commune.name} nhưng nguồn chưa xác nhận.`
      )
    } else if (/\bHQ\b|head office/i.test(remark)) {
      notes.push("Địa chỉ trụ sở của chủ thể, có thể không phải nơi sản xuất.")
    } else {
      notes.push(`Ghi chú nguồn: ${remark}.`)
    }
  }
  const communeName = assumed ? null : commune.name

  // "Tịnh Biên (huyện at certification; …)": the certificate names the unit as it was then.
  const kindThen = district.remarks
    .map((r) => r.match(/^(huyện|thị xã|thành phố) at certification/i)?.[1])
    .find(Boolean)
  const districtName = kindThen
    ? `${capitalize(kindThen)} ${district.name}`
    : district.name

  const newCode = row.commune_new_2025?.code ?? null
  const split = newCode != null && !/^\d{5}$/.test(newCode)
  if (split) {
    const names = row.commune_new_2025.name
      .replace(/\s*\(.*\)\s*$/, "")
      .split(/\s*\|\s*/)
    const codes = newCode.split(/\s*\|\s*/)
    const kinds = new Set(
      names.map((n) => splitAdminName(n).prefix?.toLowerCase() ?? "đơn vị")
    )
    const kind = kinds.size === 1 ? [...kinds][0] : "đơn vị"
    const count = names.length === 2 ? "hai" : names.length
    const candidates = names.map((n, i) => `${n} (${codes[i]})`).join(", ")
    notes.push(
      `Xã cũ đã chia cho ${count} ${kind} mới (nhập một phần): chưa xác định ${kind}. Ứng viên: ${candidates}.`
    )
  }
  if (!commune.name) {
    if (!districtName) notes.push("Chưa ghi nhận xã và huyện.")
    else if (newCode && !split)
      notes.push("Chưa ghi nhận xã; đơn vị mới suy ra từ huyện cũ.")
    else notes.push("Chưa ghi nhận xã.")
  }

  const communeAsCertified =
    communeName && commune.locality.length
      ? `${communeName} (${commune.locality.join(", ")})`
      : communeName
  const address = [communeAsCertified, districtName, row.province_old]
    .filter(Boolean)
    .join(", ")
  return {
    // A split or an assumed old commune must be resolved by a person, never mapped here.
    commune_code: split || assumed ? null : newCode,
    province_code: row.province_new_code,
    address_as_certified: address || null,
    former_commune: communeName ?? null,
    former_district: districtName ?? null,
    former_province: row.province_old ?? null,
    note: notes.length ? notes.join(" ") : null,
  }
}

function splitRemarks(text) {
  if (!text) return { name: null, locality: [], remarks: [] }
  const match = text.match(/^(.*?)\s*\((.*)\)\s*$/)
  if (!match) return { name: text.trim(), locality: [], remarks: [] }
  const parts = match[2].split(/\s*[,;]\s*/).filter(Boolean)
  return {
    name: match[1].trim(),
    locality: parts.filter((p) => LOCALITY.test(p)),
    remarks: parts.filter((p) => !LOCALITY.test(p)),
  }
}

function parseCategorySet(raw) {
  // "14/15 Đồ uống có cồn" names two sets: no single code.
  const code = raw?.match(/^(\d{2})(?![\d/])/)?.[1]
  return code && SETS[code] ? code : null
}

function sectorFromGroup(group) {
  const slug = slugify(group ?? "")
  return GROUP_SECTORS.find(([needle]) => slug.includes(needle))?.[1] ?? null
}

function starsForScore(score) {
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  if (score >= 30) return 2
  return 1
}

function parseDecision(text) {
  if (!text) return { number: null, date: null, body: null, level: null }
  const number = text.match(/\d+\/QĐ-[A-ZĐ]+/)?.[0] ?? null
  const [, day, month, year] =
    text.match(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/) ?? []
  const date = year ? isoDate(Number(year), Number(month), Number(day)) : null
  const body =
    text.match(/UBND (tỉnh|thành phố|huyện|thị xã) [^,;)]+/)?.[0].trim() ?? null
  let level = null
  if (/MARD|Bộ Nông nghiệp|QĐ-BNN/.test(text)) level = "central"
  else if (/UBND (tỉnh|thành phố) /.test(text)) level = "province"
  else if (/UBND (huyện|thị xã) /.test(text)) level = "district"
  return { number, date, body, level }
}

function isoDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

function addYears(iso, years) {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`
}

function frameworkOn(date) {
  return FRAMEWORKS.filter((f) => f.from <= date).at(-1)?.id ?? null
}

// Every framework that could have applied: one for a known date, one or two for a bare year.
function frameworksFor(date, year) {
  if (date) return [frameworkOn(date)].filter(Boolean)
  if (!year) return FRAMEWORKS.map((f) => f.id)
  const starts = FRAMEWORKS.map((f) => f.from).filter((from) =>
    from.startsWith(`${year}-`)
  )
  const ids = new Set([`${year}-01-01`, ...starts].map(frameworkOn))
  return ids.has(null) ? [] : [...ids]
}

// §1.4: 5★ is central in every period; 3★ went to the district only under 148.
function issuingLevel(stars, frameworks) {
  if (stars === 5) return "central"
  if (!frameworks.length) return null
  const levels = new Set(
    frameworks.map((f) =>
      f === "148" && stars === 3 ? "district" : "province"
    )
  )
  return levels.size === 1 ? [...levels][0] : null
}

function issuingBodyFor(level, date, year, provinceOld, formerDistrict) {
  if (level === "province")
    return provinceOld ? `UBND ${lowerPrefix(provinceName(provinceOld))}` : null
  if (level === "district")
    return formerDistrict ? `UBND ${lowerPrefix(formerDistrict)}` : null
  if (level !== "central") return null
  if (date) return date < MINISTRY_MERGED_ON ? OLD_MINISTRY : NEW_MINISTRY
  const mergerYear = Number(MINISTRY_MERGED_ON.slice(0, 4))
  if (year < mergerYear) return OLD_MINISTRY
  if (year > mergerYear) return NEW_MINISTRY
  return null
}

function evaluationTypeFor(text, stars) {
  // Only the wording of the recorded recognition counts: "put up for re-evaluation" is a later step.
  if (/re-?recogni(tion|[sz]ed)|công nhận lại/i.test(text))
    return "re-evaluation"
  // An upgrade counts only when it ends at the recorded stars: "possibly upgraded to 5★" on a 4★ row does not.
  const upgradedTo = Number(
    text
      .match(/upgraded (?:from \d★ )?to (\d)★|nâng hạng lên (\d) sao/i)
      ?.slice(1)
      .find(Boolean)
  )
  const previous = Number(text.match(/previously (\d)★/i)?.[1])
  if (upgradedTo === stars || previous < stars) return "upgrade"
  if (/\b(first|newly) (certified|recogni[sz]ed)\b/i.test(text)) return "new"
  return null
}

function vatRate({ categorySet, alcohol, producerType, today }) {
  // Excise goods are outside the temporary cut, so alcohol stays at 10 %.
  if (alcohol) return 10
  // Raw produce is not subject to VAT when its grower sells it, 5 % at the trading stage.
  if (["01", "02", "03"].includes(categorySet))
    return GROWER_TYPES.has(producerType) ? 0 : 5
  return today <= REDUCED_VAT_UNTIL ? 8 : 10
}

function subtitleFor(row, origin) {
  const province = row.province_new_2025
    ? splitAdminName(row.province_new_2025).bare
    : null
  const place = origin.commune_code
    ? splitAdminName(row.commune_new_2025.name).bare
    : origin.former_district && splitAdminName(origin.former_district).bare
  const parts = [place, province].filter(Boolean)
  return parts.length ? parts.join(", ") : null
}

// "xã Chợ Mới, tỉnh An Giang (trước đây là thị trấn Chợ Mới, huyện Chợ Mới)", as §3.4 displays it.
function placeVi(origin, row) {
  return describePlace(origin, row, lowerPrefix, {
    formerly: (former) => `trước đây là ${former}`,
    before: "trước 7/2025",
    now: "nay thuộc",
  })
}

function placeEn(origin, row) {
  return describePlace(origin, row, englishAdmin, {
    formerly: (former) => `formerly ${former}`,
    before: "before July 2025",
    now: "now part of",
  })
}

function describePlace(origin, row, name, words) {
  const provinceNew = name(row.province_new_2025)
  const former = [origin.former_commune, origin.former_district]
    .filter(Boolean)
    .map(name)
  const provinceChanged =
    origin.former_province &&
    !row.province_new_2025.endsWith(origin.former_province)
  if (provinceChanged) former.push(name(provinceName(origin.former_province)))
  if (origin.commune_code) {
    const current = `${name(row.commune_new_2025.name)}, ${provinceNew}`
    return former.length
      ? `${current} (${words.formerly(former.join(", "))})`
      : current
  }
  if (!former.length) return provinceNew
  const then = `${former.join(", ")} (${words.before})`
  return provinceChanged
    ? `${then}, ${words.now} ${provinceNew}`
    : `${then}, ${provinceNew}`
}

function describeVi(product, row) {
  const place = placeVi(product.origin, row)
  const sentences = [
    product.producer
      ? `${product.title} là sản phẩm của ${product.producer.name} ở ${place}.`
      : `${product.title} là sản phẩm OCOP có nguồn gốc ở ${place}; nguồn tư liệu chưa ghi tên chủ thể sản xuất.`,
  ]
  const stars = `OCOP ${product.stars} sao${product.issuing_level === "central" ? " cấp quốc gia" : ""}`
  const score =
    product.score != null ? ` với ${formatScore(product.score, ",")} điểm` : ""
  if (product.decision_number) {
    const date = product.decision_date
      ? ` ngày ${viDate(product.decision_date)}`
      : ""
    const body = product.issuing_body ? ` của ${product.issuing_body}` : ""
    sentences.push(
      `Sản phẩm đạt ${stars}${score} theo Quyết định ${product.decision_number}${date}${body}.`
    )
  } else if (product.issuing_body) {
    sentences.push(
      `Sản phẩm được ${product.issuing_body} công nhận ${stars} năm ${product.recognized_year}${score}.`
    )
  } else {
    sentences.push(
      `Sản phẩm được công nhận ${stars} năm ${product.recognized_year}${score}.`
    )
  }
  const sector = SECTORS[product.category_sector].vi
  sentences.push(
    product.category_set
      ? `Sản phẩm thuộc bộ ${product.category_set} “${SETS[product.category_set][1]}”, ngành ${sector}.`
      : `Sản phẩm thuộc ngành ${sector}.`
  )
  const evaluation = {
    upgrade: `Đây là lần nâng hạng lên ${product.stars} sao.`,
    "re-evaluation": "Đây là lần đánh giá, công nhận lại.",
    new: "Đây là lần đầu sản phẩm được công nhận OCOP.",
  }[product.evaluation_type]
  if (evaluation) sentences.push(evaluation)
  return sentences.join(" ")
}

function describeEn(product, row) {
  const place = placeEn(product.origin, row)
  const sentences = [
    product.producer
      ? `${product.title_en} – ${product.title} – is a product of ${product.producer.name}, based in ${place}.`
      : `${product.title_en} – ${product.title} – is an OCOP product from ${place}; the sources do not name its producer.`,
  ]
  const stars = `a ${product.stars}-star${product.issuing_level === "central" ? " national" : ""} OCOP product`
  const score =
    product.score != null
      ? ` with ${formatScore(product.score, ".")} points`
      : ""
  const body = product.issuing_body
    ? ` by ${englishBody(product.issuing_body)}`
    : ""
  if (product.decision_number) {
    const date = product.decision_date
      ? ` of ${enDate(product.decision_date)}`
      : ""
    sentences.push(
      `It was recognised as ${stars}${score} under Decision ${product.decision_number}${date}${body}.`
    )
  } else {
    sentences.push(
      `It was recognised as ${stars} in ${product.recognized_year}${body}${score}.`
    )
  }
  const sector = SECTORS[product.category_sector].en
  sentences.push(
    product.category_set
      ? `It belongs to OCOP product set ${product.category_set}, ${SETS[product.category_set][2]}, in the ${sector} sector.`
      : `It belongs to the ${sector} sector.`
  )
  const evaluation = {
    upgrade: `This recognition upgraded it to ${product.stars} stars.`,
    "re-evaluation": "This recognition renewed an earlier certificate.",
    new: "This was its first OCOP recognition.",
  }[product.evaluation_type]
  if (evaluation) sentences.push(evaluation)
  return sentences.join(" ")
}

/** ASCII slug: diacritics dropped, đ → d, anything else between words → "-". */
export function slugify(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

// "Công ty TNHH SX-TM Thanh Hồ" → "thanh-ho": the same name always gives the same key.
function producerKey(name) {
  const tokens = slugify(name.replace(/\([^)]*\)/g, " ")).split("-")
  let start = 0
  while (start < tokens.length - 1 && LEGAL_FORM_TOKENS.has(tokens[start]))
    start++
  return tokens.slice(start).join("-")
}

function splitAdminName(name) {
  const hit = ADMIN_PREFIXES.find(([vi]) =>
    name.toLowerCase().startsWith(`${vi.toLowerCase()} `)
  )
  if (!hit) return { prefix: null, en: null, bare: name.trim() }
  return {
    prefix: name.slice(0, hit[0].length),
    en: hit[1],
    bare: name.slice(hit[0].length).trim(),
  }
}

function lowerPrefix(name) {
  const { prefix, bare } = splitAdminName(name)
  return prefix ? `${prefix.toLowerCase()} ${bare}` : bare
}

function englishAdmin(name) {
  const { en, bare } = splitAdminName(name)
  return en ? `${bare} ${en}` : bare
}

// The source writes old provinces bare ("An Giang").
function provinceName(name) {
  if (splitAdminName(name).prefix) return name
  return CITY_PROVINCES.has(name) ? `Thành phố ${name}` : `Tỉnh ${name}`
}

function englishBody(body) {
  if (body === OLD_MINISTRY)
    return "the Ministry of Agriculture and Rural Development"
  if (body === NEW_MINISTRY)
    return "the Ministry of Agriculture and Environment"
  const unit = body.match(/^UBND (.+)$/)?.[1]
  return unit
    ? `the People's Committee of ${englishAdmin(capitalize(unit))}`
    : body
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function formatScore(score, decimalMark) {
  return String(Number(score.toFixed(2))).replace(".", decimalMark)
}

function viDate(iso) {
  const [year, month, day] = iso.split("-").map(Number)
  return `${day}/${month}/${year}`
}

const MONTHS =
  "January February March April May June July August September October November December".split(
    " "
  )

function enDate(iso) {
  const [year, month, day] = iso.split("-").map(Number)
  return `${day} ${MONTHS[month - 1]} ${year}`
}

// ---------------------------------------------------------------------------------------------
// Pictures: 800×800 flat illustrations, one motif per category set, drawn around (0, 0).

const FRUIT_COLOURS = [
  [/chanh/, "#86B94A"],
  [/bưởi/, "#C5D35A"],
  [/mãng cầu/, "#9CC07A"],
  [/xoài/, "#F2B33D"],
]

const leaf = (fill) =>
  `<path d="M-10-30c-62-22-62-96 0-124c52 30 52 100 0 124z" fill="${fill}"/>`

const MOTIFS = {
  fruit: ({ name }) =>
    `<circle cy="16" r="122" fill="${FRUIT_COLOURS.find(([re]) => re.test(name))?.[1] ?? "#E9A03B"}"/>` +
    `<ellipse cx="-46" cy="-30" rx="24" ry="40" transform="rotate(35 -46 -30)" fill="#fff" fill-opacity=".35"/>` +
    `<path d="M0-104c-4-22 2-38 14-50" fill="none" stroke="#6B4A2B" stroke-width="10" stroke-linecap="round"/>` +
    `<path d="M12-150c38-26 84-18 100 12c-40 24-82 18-100-12z" fill="#5E9E45"/>`,
  fish: () =>
    `<path d="M-150 0c40-72 152-82 212-20l62-46v132l-62-46c-60 62-172 52-212-20z" fill="#5C8AA6"/>` +
    `<path d="M-40-44c22 26 22 62 0 88" fill="none" stroke="#fff" stroke-opacity=".5" stroke-width="8"/>` +
    `<circle cx="-96" cy="-12" r="12" fill="#fff"/><circle cx="-96" cy="-12" r="6" fill="#222"/>`,
  sausage: () =>
    `<g fill="#B4472F">${[-110, 0, 110].map((x) => `<rect x="${x - 52}" y="-30" width="104" height="60" rx="30"/>`).join("")}</g>` +
    `<g fill="#fff" fill-opacity=".3">${[-110, 0, 110].map((x) => `<rect x="${x - 34}" y="-18" width="52" height="10" rx="5"/>`).join("")}</g>` +
    `<g fill="#EAD3A8"><circle cx="-55" r="10"/><circle cx="55" r="10"/></g>`,
  bottle: ({ accent, ink }) =>
    `<rect x="-22" y="-152" width="44" height="28" rx="6" fill="${ink}"/>` +
    `<path d="M-18-124h36v40c40 14 52 40 52 70v150a20 20 0 0 1-20 20h-100a20 20 0 0 1-20-20v-150c0-30 12-56 52-70z" fill="${accent}"/>` +
    label(accent, 6),
  wine: ({ ink }) =>
    `<rect x="-18" y="-160" width="36" height="44" rx="5" fill="${ink}"/>` +
    `<path d="M-14-124h28v54c36 12 46 36 46 64v150a18 18 0 0 1-18 18h-84a18 18 0 0 1-18-18v-150c0-28 10-52 46-64z" fill="#7B3F2A"/>` +
    label("#7B3F2A", 10),
  water: ({ accent, ink }) =>
    `<g transform="translate(-34 0)"><rect x="-20" y="-160" width="40" height="24" rx="5" fill="${ink}"/>` +
    `<path d="M-16-136h32v24c34 10 44 30 44 54v190a20 20 0 0 1-20 20h-80a20 20 0 0 1-20-20v-190c0-24 10-44 44-54z" fill="#CDE8F4" stroke="${accent}" stroke-width="6"/>` +
    `<path d="M-44 10h88M-44 50h88M-44 90h88" stroke="${accent}" stroke-opacity=".35" stroke-width="6"/></g>` +
    `<path d="M110-40c-24 34-36 54-36 72a36 36 0 0 0 72 0c0-18-12-38-36-72z" fill="${accent}"/>`,
  jar: ({ name, ink }) => {
    const fill = /đường/.test(name) ? "#B9783C" : "#E3A43A"
    return (
      `<rect x="-84" y="-124" width="168" height="36" rx="10" fill="${ink}"/>` +
      `<path d="M-96-88h192v168a40 40 0 0 1-40 40h-112a40 40 0 0 1-40-40z" fill="${fill}"/>` +
      `<path d="M-60-88v46a10 10 0 0 0 20 0v-22a8 8 0 0 1 16 0v54a10 10 0 0 0 20 0v-78z" fill="${ink}" fill-opacity=".3"/>` +
      label(fill, 0)
    )
  },
  rice: () =>
    `<path d="M-112-92c30-26 194-26 224 0l-22 40c34 42 44 122 22 172c-62 22-162 22-224 0c-22-50-12-130 22-172z" fill="#EEDFB8" stroke="#B9975A" stroke-width="6"/>` +
    `<path d="M-88-56c52 14 124 14 176 0" fill="none" stroke="#B9975A" stroke-width="10" stroke-linecap="round"/>` +
    `<g fill="#B9975A">${[
      [-40, 30, -25],
      [0, 14, 10],
      [40, 34, 30],
      [-20, 74, 15],
      [24, 78, -20],
    ]
      .map(
        ([x, y, r]) =>
          `<ellipse rx="8" ry="16" transform="translate(${x} ${y}) rotate(${r})"/>`
      )
      .join("")}</g>`,
  pouch: ({ accent, ink }) =>
    `<path d="M-100-132h200l-12 254a24 24 0 0 1-24 22h-128a24 24 0 0 1-24-22z" fill="${accent}"/>` +
    `<rect x="-100" y="-132" width="200" height="26" fill="${ink}" fill-opacity=".3"/>` +
    `<circle cy="22" r="56" fill="#fff" fill-opacity=".9"/>` +
    `<path d="M-22 46c-10-42 20-72 52-72c0 42-20 72-52 72z" fill="${accent}"/>`,
  cookies: () =>
    `<ellipse cy="96" rx="166" ry="40" fill="#fff"/>` +
    `<g fill="#E0AE64" stroke="#A9702E" stroke-width="5"><circle cx="-70" cy="40" r="56"/><circle cx="70" cy="40" r="56"/><circle cy="-36" r="56"/></g>` +
    `<g fill="#8A5528">${[
      [-70, 40],
      [70, 40],
      [0, -36],
    ]
      .map(
        ([x, y]) =>
          `<ellipse rx="10" ry="20" transform="translate(${x} ${y}) rotate(25)"/>`
      )
      .join("")}</g>`,
  cup: ({ accent, ink, set }) =>
    `<ellipse cx="-10" cy="136" rx="150" ry="20" fill="${ink}" fill-opacity=".15"/>` +
    `<path d="M80 8c56-8 60 66 0 70" fill="none" stroke="${accent}" stroke-width="14"/>` +
    `<path d="M-110-4h200v36c0 62-45 100-100 100s-100-38-100-100z" fill="#fff" stroke="${accent}" stroke-width="8"/>` +
    `<path d="M-100 8h180" stroke="${set === "13" ? "#5A3417" : "#C98A3A"}" stroke-width="12"/>` +
    (set === "13"
      ? `<g fill="#5A3417"><ellipse cx="-40" cy="-60" rx="22" ry="32" transform="rotate(-20 -40 -60)"/><ellipse cx="24" cy="-70" rx="22" ry="32" transform="rotate(25 24 -70)"/></g>`
      : `${leaf("#5E9E45")}<path d="M-10-36v-96" stroke="#3F7A30" stroke-width="5"/>`),
  woven: ({ set, name, ink }) => {
    const [base, across, down] =
      set === "22"
        ? ["#9E2B3A", "#F2C14E", "#E07A3F"]
        : ["#A8773F", "#F1DDB4", "#D6AC6E"]
    const cells = [0, 1, 2, 3].flatMap((i) =>
      [0, 1, 2, 3].map((j) => [-112 + i * 56, -98 + j * 56, (i + j) % 2])
    )
    const bars = (odd, w, h, dx, dy) =>
      cells
        .filter(([, , o]) => o === odd)
        .map(
          ([x, y]) =>
            `<rect x="${x + dx}" y="${y + dy}" width="${w}" height="${h}" rx="6"/>`
        )
        .join("")
    const handle = /túi/.test(name)
      ? `<path d="M-70-110c0-86 140-86 140 0" fill="none" stroke="${ink}" stroke-width="14" stroke-linecap="round"/>`
      : ""
    return (
      `${handle}<rect x="-124" y="-110" width="248" height="248" rx="22" fill="${base}"/>` +
      `<g fill="${across}">${bars(0, 48, 24, 4, 16)}</g><g fill="${down}">${bars(1, 24, 48, 16, 4)}</g>`
    )
  },
  frame: () =>
    `<rect x="-140" y="-124" width="280" height="248" rx="8" fill="#8A5A32"/>` +
    `<rect x="-118" y="-102" width="236" height="204" fill="#F7EFD9"/>` +
    `<path d="M-70 74c-6-92 54-142 140-142c2 92-52 142-140 142z" fill="#7E9C4B"/>` +
    `<path d="M-70 74 50-46M-20 24l-6-40M10-6l40 4M-40 48l40 6" fill="none" stroke="#F7EFD9" stroke-width="4"/>`,
  iceCream: () =>
    `<path d="M-64 14 0 160 64 14z" fill="#D9A35B"/>` +
    `<path d="M-40 40 20 100M40 40-20 100" stroke="#B07A35" stroke-width="5"/>` +
    `<g fill="#F2DD8C"><circle cy="-40" r="72"/><circle cx="-56" cy="4" r="34"/><circle cx="56" cy="4" r="34"/></g>` +
    `<circle cx="-24" cy="-66" r="16" fill="#fff" fill-opacity=".5"/>`,
  herb: () =>
    `<path d="M0 150v-270" stroke="#3F7A30" stroke-width="8"/>` +
    `<g fill="#5E9E45">${[-100, -40, 20, 80]
      .map(
        (y, i) =>
          `<path d="M0 0c-50-10-80-40-90-70c40 0 80 20 90 70z" transform="translate(0 ${y})${i % 2 ? " scale(-1 1)" : ""}"/>`
      )
      .join("")}</g>`,
  flower: ({ accent }) =>
    `<path d="M0 40v120" stroke="#3F7A30" stroke-width="10"/>` +
    `<g fill="${accent}">${[0, 60, 120, 180, 240, 300].map((a) => `<ellipse cy="-60" rx="34" ry="56" transform="rotate(${a} 0 -10)"/>`).join("")}</g>` +
    `<circle cy="-10" r="34" fill="#F2C14E"/>`,
  plant: () =>
    `<path d="M-80 40h160l-24 120h-112z" fill="#B5653A"/>` +
    `<path d="M0 40v-60" stroke="#6B4A2B" stroke-width="12"/>` +
    `<g fill="#5E9E45"><circle cx="-50" cy="-60" r="60"/><circle cx="50" cy="-60" r="60"/><circle cy="-110" r="64"/></g>`,
  house: ({ accent }) =>
    `<circle cx="90" cy="-100" r="40" fill="#F2C14E"/>` +
    `<path d="M-140 0 0-110 140 0z" fill="${accent}"/>` +
    `<rect x="-110" y="0" width="220" height="140" fill="#F7EFD9"/><rect x="-24" y="60" width="48" height="80" fill="${accent}"/>`,
}

function label(fill, y) {
  return (
    `<rect x="-56" y="${y}" width="112" height="86" rx="10" fill="#fff" fill-opacity=".9"/>` +
    `<rect x="-36" y="${y + 26}" width="72" height="10" rx="5" fill="${fill}"/>` +
    `<rect x="-26" y="${y + 48}" width="52" height="8" rx="4" fill="${fill}" fill-opacity=".6"/>`
  )
}

const SET_MOTIFS = {
  "01": "fruit",
  "02": "fish",
  "03": "rice",
  "04": "jar",
  "05": "pouch",
  "06": "cookies",
  "07": "pouch",
  "08": "pouch",
  "09": "bottle",
  10: "jar",
  11: "cup",
  12: "cup",
  13: "cup",
  14: "wine",
  15: "wine",
  16: "water",
  17: "bottle",
  18: "herb",
  19: "herb",
  20: "herb",
  21: "woven",
  22: "woven",
  23: "flower",
  24: "plant",
  25: "fish",
  26: "house",
}
const SECTOR_MOTIFS = {
  1: "pouch",
  2: "bottle",
  3: "herb",
  4: "woven",
  5: "plant",
  6: "house",
}

function motifName(product) {
  const name = product.title.toLowerCase()
  if (/tranh/.test(name)) return "frame"
  if (/(^|\s)kem(\s|$)/.test(name)) return "iceCream"
  if (/lạp xưởng|tung lò mò/.test(name)) return "sausage"
  if (product.category_set === "08" && /(^|\s)(cá|mắm|tôm)(\s|$)/.test(name))
    return "fish"
  if (!product.category_set && product.age_restricted) return "wine"
  return (
    SET_MOTIFS[product.category_set] ?? SECTOR_MOTIFS[product.category_sector]
  )
}

// Wraps into at most three lines, shrinking the type until it fits 688 px; 0.62 em a character
// is the width of the widest fallback here (DejaVu Sans, semibold).
function wrapTitle(title) {
  const words = title.split(/\s+/)
  for (const size of [56, 50, 44, 38, 32]) {
    const lines = bestLines(words, Math.floor(688 / (size * 0.62)))
    if (lines) return { size, lines }
  }
  return { size: 28, lines: [title] }
}

// Tries every split into one to three lines (titles are a few words). Fewest lines first, then
// even lengths; a break is cheaper before a name or a parenthesis, since a plain break may cut a
// Vietnamese compound word ("hạnh / nhân") in two.
function bestLines(words, max) {
  const splits = [[]]
  for (let i = 1; i < words.length; i++) {
    splits.push([i])
    for (let j = i + 1; j < words.length; j++) splits.push([i, j])
  }
  let best = null
  for (const starts of splits) {
    const bounds = [0, ...starts, words.length]
    const lines = starts
      .concat(words.length)
      .map((end, k) => words.slice(bounds[k], end).join(" "))
    if (lines.some((line) => line.length > max)) continue
    const longest = Math.max(...lines.map((line) => line.length))
    const ragged = lines.reduce(
      (sum, line) => sum + (longest - line.length) ** 2,
      0
    )
    const plainBreaks = starts.filter(
      (i) => !/^[(\p{Lu}\d"]/u.test(words[i])
    ).length
    const cost = lines.length * 1000 + ragged + plainBreaks * 80
    if (!best || cost < best.cost) best = { cost, lines }
  }
  return best?.lines ?? null
}

/** XML-escapes text for element content and attribute values. */
export function escapeXml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/** Renders a seed product's picture as a standalone SVG document. */
export function renderProductSvg(product) {
  const palette = PALETTES[product.category_sector]
  const name = product.title.toLowerCase()
  const motif = MOTIFS[motifName(product)]({
    ...palette,
    name,
    set: product.category_set,
  })
  const { size, lines } = wrapTitle(product.title)
  const lineHeight = Math.round(size * 1.18)
  const firstBaseline = Math.round(
    604 - ((lines.length - 1) * lineHeight) / 2 + size * 0.35
  )
  const titleLines = lines
    .map(
      (line, i) =>
        `<text x="400" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</text>`
    )
    .join("")
  const subtitle =
    product.subtitle && product.subtitle.length <= 32
      ? `<text x="744" y="80" font-size="24" text-anchor="end" fill-opacity=".75">${escapeXml(product.subtitle)}</text>`
      : ""
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(product.title)} – OCOP ${product.stars} sao</title>`,
    `<rect width="800" height="800" fill="${palette.bg}"/>`,
    `<circle cx="400" cy="300" r="212" fill="#fff" fill-opacity=".55"/>`,
    `<g transform="translate(400 300)">${motif}</g>`,
    `<g font-family="${FONT_STACK}" fill="${palette.ink}">`,
    `<text x="56" y="80" font-size="28" font-weight="700" letter-spacing="4" fill="${palette.accent}">OCOP</text>`,
    subtitle,
    `<g font-size="${size}" font-weight="600" text-anchor="middle">${titleLines}</g>`,
    `<text x="400" y="764" font-size="46" letter-spacing="8" text-anchor="middle" fill="#D99A16">${"★".repeat(product.stars)}</text>`,
    `</g>`,
    `</svg>`,
    "",
  ]
    .filter((part) => part !== "")
    .join("\n")
}

// ---------------------------------------------------------------------------------------------

const MAX_SVG_BYTES = 6 * 1024

function main() {
  const scriptDir = path.dirname(fileURLToPath(import.meta.url))
  const backendDir = path.dirname(scriptDir)
  const input = path.resolve(
    process.argv[2] ??
      path.join(scriptDir, "../../../shared/data/ocop-products.json")
  )
  const { products, warnings, lapsed } = deriveSeedCatalog(
    JSON.parse(readFileSync(input, "utf8"))
  )

  const jsonPath = path.join(
    backendDir,
    "src/scripts/seed/data/ocop-catalog.json"
  )
  const svgDir = path.join(backendDir, "static/ocop")
  mkdirSync(path.dirname(jsonPath), { recursive: true })
  mkdirSync(svgDir, { recursive: true })

  let largest = 0
  for (const product of products) {
    const svg = `${renderProductSvg(product)}\n`
    const bytes = Buffer.byteLength(svg)
    if (bytes >= MAX_SVG_BYTES)
      throw new Error(
        `${product.handle}.svg is ${bytes} bytes, over ${MAX_SVG_BYTES}`
      )
    largest = Math.max(largest, bytes)
    writeFileSync(path.join(svgDir, `${product.handle}.svg`), svg)
  }
  const source = path
    .relative(path.dirname(backendDir), input)
    .split(path.sep)
    .join("/")
  writeFileSync(jsonPath, `${JSON.stringify({ source, products }, null, 2)}\n`)

  const byStars = [3, 4, 5]
    .map((s) => `${products.filter((p) => p.stars === s).length}×${s}★`)
    .join(", ")
  const variants = products.flatMap((p) => p.variants).length
  const rel = (file) => path.relative(process.cwd(), file)
  console.log(
    `${products.length} products (${byStars}), ${variants} variants → ${rel(jsonPath)}`
  )
  console.log(
    `${products.length} pictures, largest ${largest} bytes → ${rel(svgDir)}/`
  )
  if (lapsed.length) {
    console.log(
      `${lapsed.length} certificates past 36 months unless re-recognised: ${lapsed.map((l) => l.key).join(", ")}`
    )
  }
  if (warnings.length) console.log(`Data warnings:\n  ${warnings.join("\n  ")}`)
}

const invokedAs = process.argv[1]
  ? pathToFileURL(realpathSync(process.argv[1])).href
  : null
if (invokedAs === import.meta.url) main()
