import { z } from "@medusajs/framework/zod"
import { UploadedFileUrl } from "../../shared/validators/url"

const vnd = (field: string) =>
  z
    .number()
    .int({ message: `${field} must be whole đồng` })
    .min(1000, { message: `${field} must be at least 1,000 đồng` })
    .max(1_000_000_000)
const grams = z.number().int().min(1).max(100_000)

/** A new listing (a draft until the office approves its certificate). */
export type ProducerCreateListingType = z.infer<typeof ProducerCreateListing>
export const ProducerCreateListing = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(5000).nullable().optional(),
    category_set: z
      .string()
      .regex(/^\d{2}$/, { message: "category_set must be a set code 01–26" }),
    images: z.array(UploadedFileUrl("images")).max(12).optional(),
    weight: grams.nullable().optional(),
    variants: z
      .array(
        z
          .object({
            title: z.string().trim().min(1).max(100),
            sku: z.string().trim().min(1).max(100).nullable().optional(),
            price_vnd: vnd("price_vnd"),
            weight: grams.nullable().optional(),
          })
          .strict()
      )
      .min(1)
      .max(20),
  })
  .strict()

/** Edits that keep a published listing published: text, pictures, weight, prices. */
export type ProducerUpdateListingType = z.infer<typeof ProducerUpdateListing>
export const ProducerUpdateListing = z
  .object({
    title: z.string().trim().min(3).max(200).optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    images: z.array(UploadedFileUrl("images")).max(12).optional(),
    weight: grams.nullable().optional(),
    prices: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            price_vnd: vnd("price_vnd"),
          })
          .strict()
      )
      .max(20)
      .optional(),
  })
  .strict()
