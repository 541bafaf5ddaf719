import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  loadAdminUnits,
  ADMIN_UNITS_MODULE,
} from "@ocop-market/medusa-plugin-ocop/modules/admin-units"
import { ensureAdminUser } from "./seed/admin-user"
import {
  assignStoreBarcodesWorkflow,
  EXPERIENCE_BOOKING_WEEKS,
  ensureProducerLocations,
  ensureProducerShipping,
  vietnamToday,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import { ensureEnglish } from "./seed/english"
import { ensureExperiences } from "./seed/experiences"
import { seedOcopCatalog } from "./seed/ocop-catalog"
import { ensureProducerLogins } from "./seed/producer-logins"
import { ensurePromotions } from "./seed/promotions"
import { ensureSalesPoints } from "./seed/sales-points"
import { ensureShopPages } from "./seed/shop-pages"
import { setupStore } from "./seed/store-setup"

/**
 * `medusa exec ./src/scripts/seed.ts`: the demo shop. Safe to run again: every
 * part checks what exists first.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()

  logger.info("Seeding OCOP Market")
  // Give the search indexes their first version, so the products created below are
  // indexed as they come instead of failing to sync into an index that has none.
  await container.resolve<ISearchModuleService>(Modules.SEARCH).reindex()
  logger.info("1/4 Administrative units of July 2025")
  const ocop = container.resolve(ADMIN_UNITS_MODULE) as any
  if ((await ocop.listProvinces({}, { take: 1 })).length === 0) {
    const counts = await ocop.importAdminUnits(loadAdminUnits())
    logger.info(
      `  ${counts.provinces} provinces, ${counts.communes} communes, ${counts.former_communes} former communes`
    )
  } else {
    logger.info("  already loaded")
  }

  logger.info("2/4 Store, region, sales channel, warehouse, shipping")
  const store = await setupStore(container)

  logger.info("3/4 Admin user")
  // npm start passes the demo login (scripts/lib/demo.mjs); elsewhere create admins with `medusa user`.
  const { OCOP_ADMIN_EMAIL, OCOP_ADMIN_PASSWORD } = process.env
  if (OCOP_ADMIN_EMAIL && OCOP_ADMIN_PASSWORD) {
    await ensureAdminUser(container, OCOP_ADMIN_EMAIL, OCOP_ADMIN_PASSWORD)
  } else {
    logger.info(
      "  skipped: OCOP_ADMIN_EMAIL and OCOP_ADMIN_PASSWORD are not set"
    )
  }

  logger.info("4/4 OCOP catalog")
  const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  await seedOcopCatalog(container, store, { backendUrl })

  // Before the portal logins: the experiences' hosts get one too.
  logger.info("+ Community-tourism experiences and their dates")
  await ensureExperiences(container, store, {
    today: vietnamToday(),
    weeks: EXPERIENCE_BOOKING_WEEKS,
    backendUrl,
  })

  // A database seeded before producers had premises gets their stock locations.
  logger.info("+ Producers' premises (stock location and delivery)")
  await ensureProducerLocations(container)
  // One shipment per producer: a database seeded before gets each producer's profile.
  await ensureProducerShipping(container)

  logger.info("+ Producer portal logins")
  // npm start passes the demo password (scripts/lib/demo.mjs) and lists the logins in .data/demo.json.
  const { OCOP_DEMO_PRODUCER_PASSWORD } = process.env
  if (OCOP_DEMO_PRODUCER_PASSWORD) {
    await ensureProducerLogins(container, OCOP_DEMO_PRODUCER_PASSWORD)
  } else {
    logger.info("  skipped: OCOP_DEMO_PRODUCER_PASSWORD is not set")
  }

  logger.info("+ Sales points, their opening stock and staff logins")
  // npm start passes the demo staff password (scripts/lib/demo.mjs) and lists the logins in .data/demo.json.
  await ensureSalesPoints(container, process.env.OCOP_DEMO_STAFF_PASSWORD)

  // The subscriber numbers new packs too, but after the seed's process may have ended.
  logger.info("+ Pack barcodes (EAN-13)")
  await assignStoreBarcodesWorkflow(container).run({ input: {} })
  logger.info("+ Promotions: a code, free delivery over a threshold, a Tết campaign")
  await ensurePromotions(container, logger)
  // Last: it translates what the steps above created (delivery options included).
  logger.info("+ English (Translation Module)")
  await ensureEnglish(container)
  // After English is a locale of the store: the pages come with their English.
  logger.info("+ Policy pages (returns, privacy, shipping, payment)")
  await ensureShopPages(container)

  logger.info(`Seed finished in ${((Date.now() - started) / 1000).toFixed(1)}s`)
}
