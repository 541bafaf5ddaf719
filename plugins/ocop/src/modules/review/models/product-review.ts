import { model } from "@medusajs/framework/utils"

/**
 * A buyer's review of one line of a delivered order: stars, words, up to three
 * photos, the producer's public reply, and the office's decision to hide it.
 * One review per order line; the product, order and customer are read through links.
 */
export const ProductReview = model
  .define(
    { name: "ProductReview", tableName: "ocop_product_review" },
    {
      id: model.id({ prefix: "ocrv" }).primaryKey(),
      product_id: model.text(),
      order_id: model.text(),
      line_item_id: model.text().unique(),
      customer_id: model.text(),
      // What the shop shows as the author ("Lan N."), fixed when the review is written.
      author_name: model.text().nullable(),
      rating: model.number(),
      body: model.text(),
      // Up to three URLs of files our upload route stored.
      photos: model.json().nullable(),
      status: model.enum(["published", "hidden"]).default("published"),
      hidden_reason: model.text().nullable(),
      hidden_at: model.dateTime().nullable(),
      reply: model.text().nullable(),
      replied_at: model.dateTime().nullable(),
    }
  )
  .indexes([{ on: ["product_id", "status"] }, { on: ["order_id"] }])
