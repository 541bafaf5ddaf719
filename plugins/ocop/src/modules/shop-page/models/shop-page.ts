import { model } from "@medusajs/framework/utils"

/**
 * A page of the shop's own words that the office writes in Admin: the returns,
 * privacy, shipping and payment policies a Vietnamese shop must publish. Plain text
 * (paragraphs, "- " lists, "## " headings), never HTML. Title and body are
 * translatable: the English lives in the Translation Module (decision 014).
 */
export const ShopPage = model
  .define(
    { name: "ShopPage", tableName: "ocop_shop_page" },
    {
      id: model.id({ prefix: "ocsg" }).primaryKey(),
      // The page's address under /pages/ (Vietnamese, ASCII: chinh-sach-doi-tra).
      slug: model.text().unique(),
      title: model.text().translatable(),
      body: model.text().translatable(),
    }
  )
