// Run by make-dump.sh with `medusa exec` against the shop as it was at 8b56bd1, the
// last version with the single `ocop` module: it writes a few rows of every OCOP table
// and every link, for the upgrade test to find again after the module split.
// It uses that version's names ("ocop" as the module key), not today's.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"

const OLD_OCOP_MODULE = "ocop"

export default async function seedPreSplit({ container }: ExecArgs) {
  const ocop = container.resolve(OLD_OCOP_MODULE) as any
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadAdminUnits } = require("@ocop-market/medusa-plugin-ocop/modules/ocop")

  // Two provinces' worth of units would make the dump large: a few communes of An Giang.
  const all = loadAdminUnits()
  const communeCodes = all.communes
    .filter((c: any) => c.province_code === "91")
    .slice(0, 4)
    .map((c: any) => c.code)
  const keep = new Set(communeCodes)
  await ocop.importAdminUnits({
    provinces: all.provinces.filter((p: any) => ["91", "92"].includes(p.code)),
    communes: all.communes.filter((c: any) => keep.has(c.code)),
    predecessors: all.predecessors.filter((p: any) => keep.has(p.commune_code)),
  })
  const [communeA, communeB] = communeCodes

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        { title: "Khô cá lóc An Giang", handle: "upgrade-kho-ca-loc", status: "published", options: [{ title: "Default", values: ["Default"] }], variants: [{ title: "Default", options: { Default: "Default" }, prices: [{ amount: 120000, currency_code: "vnd" }] }] },
        { title: "Mắm thái Châu Đốc", handle: "upgrade-mam-thai", status: "published", options: [{ title: "Default", values: ["Default"] }], variants: [{ title: "Default", options: { Default: "Default" }, prices: [{ amount: 90000, currency_code: "vnd" }] }] },
        { title: "Một ngày làm nông dân Bảy Núi", handle: "upgrade-trai-nghiem", status: "published", options: [{ title: "Ngày", values: ["2026-12-20"] }], variants: [{ title: "2026-12-20", options: { Ngày: "2026-12-20" }, prices: [{ amount: 350000, currency_code: "vnd" }] }] },
      ],
    },
  })
  const [kho, mam, trip] = products

  const producers = await ocop.createProducers([
    { id: "ocpr_upgrade_htx", handle: "upgrade-htx-bay-nui", name: "HTX Bảy Núi", type: "cooperative", commune_code: communeA, province_code: "91" },
    { id: "ocpr_upgrade_hkd", handle: "upgrade-hkd-chau-doc", name: "Hộ kinh doanh Châu Đốc", type: "household_business", commune_code: communeB, province_code: "91" },
  ])
  await ocop.createProducerMembers([
    { id: "ocpm_upgrade_active", email: "chu-nhiem@upgrade.test", name: "Nguyễn Văn An", status: "active", producer_id: producers[0].id },
    { id: "ocpm_upgrade_invited", email: "ke-toan@upgrade.test", status: "invited", producer_id: producers[0].id },
    { id: "ocpm_upgrade_request", email: "hoi@upgrade.test", status: "requested", request_note: "Chưa có chủ thể" },
  ])
  const base = { category_sector: 1, category_set: "08", origin_province_code: "91", legal_framework: "148", issuing_level: "province" }
  const certifications = await ocop.createCertifications([
    { ...base, id: "occe_upgrade_old", stars: 3, score: 62, decision_number: "100/QĐ-UBND", valid_from: new Date("2021-03-01"), valid_until: new Date("2024-03-01"), status: "superseded", origin_commune_code: communeA },
    { ...base, id: "occe_upgrade_now", stars: 4, score: 78, decision_number: "200/QĐ-UBND", valid_from: new Date("2024-03-02"), valid_until: new Date("2027-03-02"), status: "active", origin_commune_code: communeA },
    { ...base, id: "occe_upgrade_mam", stars: 3, score: 55, decision_number: "300/QĐ-UBND", valid_from: new Date("2025-01-10"), valid_until: new Date("2028-01-10"), status: "active", origin_commune_code: communeB },
  ])
  await link.create([
    { [Modules.PRODUCT]: { product_id: kho.id }, [OLD_OCOP_MODULE]: { certification_id: certifications[0].id } },
    { [Modules.PRODUCT]: { product_id: kho.id }, [OLD_OCOP_MODULE]: { certification_id: certifications[1].id } },
    { [Modules.PRODUCT]: { product_id: mam.id }, [OLD_OCOP_MODULE]: { certification_id: certifications[2].id } },
    { [Modules.PRODUCT]: { product_id: kho.id }, [OLD_OCOP_MODULE]: { producer_id: producers[0].id } },
    { [Modules.PRODUCT]: { product_id: trip.id }, [OLD_OCOP_MODULE]: { producer_id: producers[0].id } },
    { [Modules.PRODUCT]: { product_id: mam.id }, [OLD_OCOP_MODULE]: { producer_id: producers[1].id } },
  ])

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Điểm OCOP Long Xuyên" }, { name: "Điểm OCOP Châu Đốc" }] },
  })
  const points = await ocop.createSalesPoints([
    { id: "ocsp_upgrade_lx", handle: "upgrade-long-xuyen", kind: "centre", address: "1 Tôn Đức Thắng", commune_code: communeA, province_code: "91" },
    { id: "ocsp_upgrade_cd", handle: "upgrade-chau-doc", address: "2 Nguyễn Văn Thoại", commune_code: communeB, province_code: "91" },
  ])
  await link.create(
    points.map((p: any, i: number) => ({
      [OLD_OCOP_MODULE]: { sales_point_id: p.id },
      [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
    }))
  )
  await ocop.createSalesPointStaffs([
    { id: "ocss_upgrade_lan", email: "lan@upgrade.test", name: "Trần Thị Lan", sales_points: [points[0].id, points[1].id] },
    { id: "ocss_upgrade_minh", email: "minh@upgrade.test", name: "Lê Minh", sales_points: [points[1].id] },
  ])
  await ocop.createSalesPointMovements([
    { id: "ocsm_upgrade_1", sales_point_id: points[0].id, inventory_item_id: "iitem_upgrade_kho", kind: "receive", quantity: 20, quantity_before: 0, quantity_after: 20, staff_id: "ocss_upgrade_lan", staff_email: "lan@upgrade.test", reference: producers[0].id },
    { id: "ocsm_upgrade_2", sales_point_id: points[0].id, inventory_item_id: "iitem_upgrade_kho", kind: "transfer_out", quantity: -5, quantity_before: 20, quantity_after: 15, staff_id: "ocss_upgrade_lan", staff_email: "lan@upgrade.test", reference: "ocst_upgrade_1" },
    { id: "ocsm_upgrade_3", sales_point_id: points[1].id, inventory_item_id: "iitem_upgrade_kho", kind: "adjust", reason: "damage", quantity: -1, quantity_before: 3, quantity_after: 2, staff_id: "ocss_upgrade_minh", staff_email: "minh@upgrade.test" },
  ])
  await ocop.createSalesPointTransfers([
    { id: "ocst_upgrade_1", from_sales_point_id: points[0].id, to_sales_point_id: points[1].id, inventory_item_id: "iitem_upgrade_kho", quantity: 5, sent_by: "lan@upgrade.test" },
  ])

  const [experience] = await ocop.createExperiences([
    { id: "ocex_upgrade_trip", duration_minutes: 240, start_time: "07:30", meeting_point: "Chợ Tri Tôn", commune_code: communeA, languages: ["vi", "en"], included: ["Bữa trưa"], cancellation_terms: "Hoàn tiền khi hủy trước 48 giờ", capacity_per_date: 10, adult_price: 350000, child_price: 200000, child_max_age: 11, weekdays: [0, 6], closed_dates: [], extra_dates: [], stock_location_id: locations[0].id, is_illustrative: true },
  ])
  await link.create([
    { [Modules.PRODUCT]: { product_id: trip.id }, [OLD_OCOP_MODULE]: { experience_id: experience.id } },
  ])
  await ocop.createExperienceBookings([
    { id: "ocxb_upgrade_1", reference: "TX-UPG001", order_id: "order_upgrade_1", line_item_id: "ordli_upgrade_1", experience_id: experience.id, variant_id: trip.variants[0].id, date: "2026-12-20", guests: 3, children: 1, lead_name: "Phạm Thu", lead_phone: "0900000001" },
    { id: "ocxb_upgrade_2", reference: "TX-UPG002", order_id: "order_upgrade_2", line_item_id: "ordli_upgrade_2", experience_id: experience.id, variant_id: trip.variants[0].id, date: "2026-12-20", guests: 2, lead_name: "John Doe", lead_phone: "0900000002", status: "cancelled", cancelled_at: new Date("2026-12-01"), cancel_reason: "Mưa lớn" },
  ])
}
