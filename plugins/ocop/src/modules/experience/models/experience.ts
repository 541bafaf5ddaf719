import { model } from "@medusajs/framework/utils"

/**
 * The OCOP-side details of a community-tourism experience (sector 6). The listing itself
 * is a Medusa product; each offered date is one of its variants (option "Ngày") whose
 * inventory item holds the day's seats, so Medusa's reservations at cart completion are
 * the only booking counter.
 */
export const Experience = model
  .define(
    { name: "Experience", tableName: "ocop_experience" },
    {
      id: model.id({ prefix: "ocex" }).primaryKey(),
      duration_minutes: model.number(),
      // Local time in Vietnam ("07:30") at which visitors meet.
      start_time: model.text(),
      // Translatable, like the terms below: the Translation Module keeps their English.
      meeting_point: model.text().translatable(),
      // 2025 unit code of the commune of the meeting point.
      commune_code: model.text(),
      // ISO 639-1 codes of the languages the host guides in.
      languages: model.json(),
      // What the price covers, in Vietnamese, one item per entry.
      included: model.json(),
      cancellation_terms: model.text().translatable(),
      // Seats per date: the stocked quantity of each date's inventory item.
      capacity_per_date: model.number(),
      // Price per adult in đồng (the date variants' price).
      adult_price: model.number(),
      // Price per child in đồng and up to which age, when the host has one.
      child_price: model.number().nullable(),
      child_max_age: model.number().nullable(),
      // Weekdays offered, 0 = Sunday … 6 = Saturday (Vietnam time).
      weekdays: model.json(),
      // "YYYY-MM-DD" dates the pattern offers but the host closes, and dates it adds.
      closed_dates: model.json(),
      extra_dates: model.json(),
      // Where the date variants' seats are stocked.
      stock_location_id: model.text(),
      // Seeded experiences whose price, capacity or schedule are examples, not offers.
      is_illustrative: model.boolean().default(false),
    }
  )
  .indexes([{ on: ["commune_code"] }])
