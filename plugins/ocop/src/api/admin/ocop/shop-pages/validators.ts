import { z } from "@medusajs/framework/zod"

export type AdminGetShopPagesParamsType = z.infer<typeof AdminGetShopPagesParams>
export const AdminGetShopPagesParams = z.object({}).strict()

export type AdminUpdateShopPageType = z.infer<typeof AdminUpdateShopPage>
export const AdminUpdateShopPage = z
  .object({
    title: z.string().trim().min(1).max(200),
    // Plain text: paragraphs, "- " lists and "## " headings; the shop never renders HTML from it.
    body: z.string().trim().min(1).max(20_000),
  })
  .strict()
