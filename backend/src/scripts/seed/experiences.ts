import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  ProductStatus,
} from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { EXPERIENCE_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/experience"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import {
  createExperienceWorkflow,
  createProducersWorkflow,
  extendExperienceDatesWorkflow,
  offeredDates,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import { progress } from "./progress"
import type { StoreSetup } from "./store-setup"

/**
 * Three community-tourism experiences of An Giang (OCOP sector 6, criteria set 26).
 *
 * Real: the places (the Chăm village of Châu Giang in xã Châu Phong, formerly Tân Châu;
 * the Trà Sư cajuput forest in the former xã Văn Giáo, now xã An Cư; the Long Xuyên
 * floating market and the fruit gardens of cù lao Mỹ Hòa Hưng), their 2025 communes,
 * and the price range of Chăm homestays (150.000–250.000 đ a night, meals 70.000–
 * 120.000 đ, reported 2025). Illustrative: every price, capacity, weekly schedule,
 * start time, meeting point detail and cancellation term below. No star-rated OCOP
 * tourism certificate of An Giang was found, so none is attached: a certificate (set
 * 26) is added through the admin when a real one exists. The hosts are illustrative
 * too (named so): no real household or group is shown hosting what it does not offer;
 * each gets a producer portal login like the seeded producers, to see its bookings.
 */
export const SEED_EXPERIENCES = [
  {
    handle: "lang-cham-chau-giang-det-tho-cam",
    host: {
      handle: "homestay-lang-cham-chau-giang",
      name: "Homestay làng Chăm Châu Giang (chủ nhà minh hoạ)",
      type: "household_business",
      commune_code: "30403",
    },
    title: "Một ngày ở làng Chăm Châu Giang: dệt thổ cẩm và cơm nhà Chăm",
    subtitle: "Xã Châu Phong, An Giang",
    english: {
      title: "A day in the Cham village of Châu Giang: brocade weaving and a Cham home lunch",
      subtitle: "Châu Phong commune, An Giang",
      description:
        "Cross the river from Châu Đốc to the Cham village of Châu Giang, visit the Mubarak mosque, watch and try brocade weaving at the looms of Cham families, eat a Cham lunch and rest in a stilt house.",
      meeting_point: "Châu Giang ferry landing, Phũm Xoài hamlet, Châu Phong commune",
      included: [
        "Ferry across the river",
        "A Cham guide",
        "Trying brocade weaving",
        "Cham lunch",
        "Midday rest in a stilt house",
      ],
      cancellation_terms:
        "Cancel 48 hours ahead: full refund. Within 48 hours: 50% refund. No-show: no refund.",
      host_story:
        "Illustrative host of this experience: its name, contact and welcome schedule are an example, not a real household or group.",
    },
    description:
      "Sang sông từ Châu Đốc đến làng Chăm Châu Giang, thăm thánh đường Mubarak, xem và thử dệt thổ cẩm bên khung cửi của các gia đình Chăm, dùng cơm trưa món Chăm và nghỉ trưa tại nhà sàn.",
    experience: {
      duration_minutes: 360,
      start_time: "08:00",
      meeting_point: "Bến đò Châu Giang, ấp Phũm Xoài, xã Châu Phong",
      commune_code: "30403",
      languages: ["vi", "en"],
      included: [
        "Đò qua sông",
        "Hướng dẫn viên người Chăm",
        "Thử dệt thổ cẩm",
        "Cơm trưa món Chăm",
        "Nghỉ trưa tại nhà sàn",
      ],
      cancellation_terms:
        "Huỷ trước 48 giờ: hoàn tiền đủ. Huỷ trong 48 giờ: hoàn 50%. Không đến: không hoàn.",
      capacity_per_date: 12,
      adult_price: 350_000,
      child_price: 200_000,
      child_max_age: 11,
      weekdays: [0, 2, 3, 4, 5, 6],
    },
  },
  {
    handle: "xuong-rung-tram-tra-su",
    host: {
      handle: "to-du-lich-cong-dong-tra-su",
      name: "Tổ du lịch cộng đồng rừng tràm Trà Sư (chủ nhà minh hoạ)",
      type: "cooperative_group",
      commune_code: "30526",
    },
    title: "Đi xuồng rừng tràm Trà Sư mùa nước nổi",
    subtitle: "Xã An Cư, An Giang",
    english: {
      title: "By boat through the Trà Sư cajuput forest in the flood season",
      subtitle: "An Cư commune, An Giang",
      description:
        "A motorboat, then a rowing boat, glide through the duckweed-covered Trà Sư cajuput forest past egrets, herons and whistling ducks; climb the watchtower for a view over the forest and Cấm mountain.",
      meeting_point: "Gate of the Trà Sư cajuput forest tourist area, An Cư commune",
      included: [
        "Forest entrance ticket",
        "Motorboat and rowing boat",
        "Climb to the watchtower",
        "Drinking water",
      ],
      cancellation_terms:
        "Cancel 24 hours ahead: full refund. Storms or high water: the host moves the date or refunds in full.",
      host_story:
        "Illustrative host of this experience: its name, contact and welcome schedule are an example, not a real household or group.",
    },
    description:
      "Xuồng máy rồi xuồng chèo len giữa rừng tràm Trà Sư phủ bèo tấm, ngắm cò, vạc và le le, lên tháp quan sát nhìn toàn cảnh rừng và núi Cấm.",
    experience: {
      duration_minutes: 150,
      start_time: "07:30",
      meeting_point: "Cổng khu du lịch rừng tràm Trà Sư, xã An Cư",
      commune_code: "30526",
      languages: ["vi", "en"],
      included: [
        "Vé vào rừng",
        "Xuồng máy và xuồng chèo",
        "Lên tháp quan sát",
        "Nước uống",
      ],
      cancellation_terms:
        "Huỷ trước 24 giờ: hoàn tiền đủ. Mưa bão, nước lớn: chủ nhà đổi ngày hoặc hoàn tiền đủ.",
      capacity_per_date: 20,
      adult_price: 250_000,
      child_price: 150_000,
      child_max_age: 11,
      weekdays: [0, 1, 2, 3, 4, 5, 6],
    },
  },
  {
    handle: "cho-noi-long-xuyen-vuon-trai-cay",
    host: {
      handle: "ghe-du-lich-cho-noi-long-xuyen",
      name: "Ghe du lịch chợ nổi Long Xuyên (chủ nhà minh hoạ)",
      type: "household_business",
      commune_code: "30307",
    },
    title: "Chợ nổi Long Xuyên và vườn trái cây cù lao Mỹ Hòa Hưng",
    subtitle: "Phường Long Xuyên, An Giang",
    english: {
      title: "Long Xuyên floating market and the fruit gardens of Mỹ Hòa Hưng islet",
      subtitle: "Long Xuyên ward, An Giang",
      description:
        "The boat leaves at dawn for the Long Xuyên floating market; breakfast on a trading boat, then over to Mỹ Hòa Hưng islet for fruit in the gardens and a visit to the Tôn Đức Thắng memorial house.",
      meeting_point: "Long Xuyên tourist boat pier, Long Xuyên ward",
      included: [
        "Sightseeing boat",
        "Breakfast at the floating market",
        "Fruit in the gardens",
        "Guide",
      ],
      cancellation_terms:
        "Cancel 24 hours ahead: full refund. Later: 50% refund.",
      host_story:
        "Illustrative host of this experience: its name, contact and welcome schedule are an example, not a real household or group.",
    },
    description:
      "Ghe rời bến lúc sáng sớm ra chợ nổi Long Xuyên, ăn sáng trên ghe hàng, rồi qua cù lao Mỹ Hòa Hưng ăn trái cây tại vườn và thăm nhà lưu niệm Bác Tôn.",
    experience: {
      duration_minutes: 240,
      start_time: "05:30",
      meeting_point: "Bến tàu du lịch Long Xuyên, phường Long Xuyên",
      commune_code: "30307",
      languages: ["vi"],
      included: [
        "Ghe tham quan",
        "Ăn sáng trên chợ nổi",
        "Trái cây tại vườn",
        "Hướng dẫn viên",
      ],
      cancellation_terms:
        "Huỷ trước 24 giờ: hoàn tiền đủ. Huỷ sau đó: hoàn 50%.",
      capacity_per_date: 10,
      adult_price: 390_000,
      child_price: null,
      child_max_age: null,
      weekdays: [0, 5, 6],
    },
  },
]

/** Our own drawing of the experience (backend/static/ocop/experiences), not a photo. */
function pictureOf(backendUrl: string, handle: string) {
  return `${backendUrl}/static/ocop/experiences/${handle}.svg`
}

/**
 * Lists the seeded experiences that are missing and opens every experience's dates
 * `weeks` ahead. Running it again adds nothing that exists.
 */
export async function ensureExperiences(
  container: MedusaContainer,
  store: StoreSetup,
  { today, weeks, backendUrl = "" }: { today: string; weeks: number; backendUrl?: string }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "thumbnail"],
    filters: { handle: SEED_EXPERIENCES.map((e) => e.handle) },
  })
  // Experiences seeded before they had pictures get them now.
  const bare = existing.filter((p: any) => !p.thumbnail)
  if (bare.length) {
    await updateProductsWorkflow(container).run({
      input: {
        products: bare.map((p: any) => {
          const picture = pictureOf(backendUrl, p.handle)
          return { id: p.id, thumbnail: picture, images: [{ url: picture }] }
        }),
      },
    })
  }
  const have = new Set(existing.map((p: any) => p.handle))
  const todo = SEED_EXPERIENCES.filter((e) => !have.has(e.handle))
  const hostIds = await ensureHosts(container, todo)
  const step = progress(logger, todo.length)
  for (const e of todo) {
    const picture = pictureOf(backendUrl, e.handle)
    await createExperienceWorkflow(container).run({
      input: {
        product: {
          title: e.title,
          subtitle: e.subtitle,
          handle: e.handle,
          description: e.description,
          status: ProductStatus.PUBLISHED,
          thumbnail: picture,
          images: [{ url: picture }],
          sales_channels: [{ id: store.salesChannelId }],
          metadata: { ocop_kind: "experience", illustrative: true },
        },
        experience: {
          ...e.experience,
          stock_location_id: store.stockLocationId,
          is_illustrative: true,
        },
        certification: null,
        producer_id: hostIds.get(e.host.handle) ?? null,
        // The option needs one value to exist; the date variants follow below.
        first_date: offeredDates(
          {
            weekdays: e.experience.weekdays,
            closed_dates: [],
            extra_dates: [],
          },
          today,
          1
        )[0],
      },
    })
    step(e.title)
  }

  const ocop = container.resolve(EXPERIENCE_MODULE) as any
  const experiences = await ocop.listExperiences({}, { select: ["id"] })
  let opened = 0
  for (const { id } of experiences) {
    const { result } = await extendExperienceDatesWorkflow(container).run({
      input: { experience_id: id, today, weeks },
    })
    opened += result.created_dates.length
  }
  logger.info(
    `  ${opened} date(s) opened for ${experiences.length} experience(s), ${weeks} weeks ahead`
  )
}

/** The illustrative hosts of the given experiences, created when missing; their ids by handle. */
async function ensureHosts(
  container: MedusaContainer,
  experiences: typeof SEED_EXPERIENCES
): Promise<Map<string, string>> {
  const ocop = container.resolve(PRODUCER_MODULE) as any
  const handles = experiences.map((e) => e.host.handle)
  if (!handles.length) return new Map()
  const existing = await ocop.listProducers(
    { handle: handles },
    { select: ["id", "handle"] }
  )
  const ids = new Map<string, string>(
    existing.map((p: any) => [p.handle, p.id])
  )
  const missing = experiences.filter((e) => !ids.has(e.host.handle))
  if (missing.length) {
    const { result } = await createProducersWorkflow(container).run({
      input: {
        producers: missing.map((e) => ({
          handle: e.host.handle,
          name: e.host.name,
          type: e.host.type as any,
          commune_code: e.host.commune_code,
          province_code: "91",
          story: `Chủ nhà minh hoạ của trải nghiệm “${e.title}”: tên, liên hệ và lịch đón khách là ví dụ, không phải một hộ hay tổ có thật.`,
        })),
      },
    })
    result.forEach((p: any) => ids.set(p.handle, p.id))
  }
  return ids
}
