import { z } from "@medusajs/framework/zod"

export type AdminCreateSalesPointType = z.infer<typeof AdminCreateSalesPoint>
export const AdminCreateSalesPoint = z
  .object({
    name: z.string().trim().min(1).max(200),
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      message: "handle: lowercase letters, digits and dashes only",
    }),
    kind: z.enum(["centre", "point"]).default("point"),
    address: z.string().trim().min(1).max(500),
    commune_code: z.string().regex(/^\d{5}$/, {
      message: "commune_code: a 5-digit 2025 commune code",
    }),
    opening_hours: z.string().trim().max(200).nullish(),
    phone: z
      .string()
      .regex(/^[0-9 +().-]{6,20}$/, {
        message: "phone: digits, spaces and + ( ) . - only",
      })
      .nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    operator: z.string().trim().max(300).nullish(),
    opened_on: z.coerce.date().nullish(),
    is_illustrative: z.boolean().optional(),
  })
  .strict()

export type AdminCreateSalesPointStaffType = z.infer<
  typeof AdminCreateSalesPointStaff
>
export const AdminCreateSalesPointStaff = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    // Needed for a new login; an existing staff member is only given this point too.
    password: z.string().min(8).max(200).optional(),
    name: z.string().trim().max(200).nullish(),
  })
  .strict()

export type AdminRemoveSalesPointStaffType = z.infer<
  typeof AdminRemoveSalesPointStaff
>
// A removal takes no body: anything sent is a 400 naming the key.
export const AdminRemoveSalesPointStaff = z.object({}).strict()

export type AdminGetSalesPointsParamsType = z.infer<
  typeof AdminGetSalesPointsParams
>
export const AdminGetSalesPointsParams = z
  .object({
    // Adds each point's stock of this product's variants (the product page widget).
    product_id: z.string().trim().min(1).max(100).optional(),
    province_code: z
      .string()
      .regex(/^\d{2}$/, { message: "province_code: a 2-digit code" })
      .optional(),
  })
  .strict()

export type AdminGetSalesPointStockParamsType = z.infer<
  typeof AdminGetSalesPointStockParams
>
export const AdminGetSalesPointStockParams = z
  .object({ product_id: z.string().trim().min(1) })
  .strict()
