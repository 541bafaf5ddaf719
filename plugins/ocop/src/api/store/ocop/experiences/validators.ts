import { z } from "@medusajs/framework/zod"

export type StoreGetOcopExperiencesParamsType = z.infer<
  typeof StoreGetOcopExperiencesParams
>
export const StoreGetOcopExperiencesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const StoreGetOcopExperienceParams = z.object({}).strict()

export type StoreBookOcopExperienceType = z.infer<
  typeof StoreBookOcopExperience
>
export const StoreBookOcopExperience = z
  .object({
    cart_id: z.string().trim().min(1).max(100),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
      message: "date: a calendar date as YYYY-MM-DD",
    }),
    guests: z
      .number({ message: "guests: a whole number of visitors" })
      .int({ message: "guests: a whole number of visitors" })
      .min(1, { message: "guests: at least 1 visitor" })
      .max(1000, { message: "guests: at most 1000 visitors" }),
    // Of the guests, how many are children at the experience's child price.
    children: z
      .number({ message: "children: a whole number of children" })
      .int({ message: "children: a whole number of children" })
      .min(0, { message: "children: 0 or more children" })
      .max(1000, { message: "children: at most 1000 children" })
      .default(0),
    // The storefront asks for the lead visitor at checkout (cart metadata); an API
    // client may give them here, on the line.
    lead_name: z
      .string({ message: "lead_name: the lead visitor's name" })
      .trim()
      .min(2, { message: "lead_name: the lead visitor's name" })
      .max(120)
      .optional(),
    lead_phone: z
      .string({ message: "lead_phone: a Vietnamese phone number" })
      .trim()
      .regex(/^(\+84|0)\d{9,10}$/, {
        message: "lead_phone: a Vietnamese phone number (0… or +84…)",
      })
      .optional(),
  })
  .strict()
