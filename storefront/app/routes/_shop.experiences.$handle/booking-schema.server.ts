import { z } from "zod"

const count = (key: "experience.errors.adults" | "experience.errors.children", min: number) =>
  z
    .number({ required_error: key, invalid_type_error: key })
    .int(key)
    .min(min, key)
    .max(50, key)

/** A date and a group: at least one adult; children only where the experience prices them. */
export function experienceBookingSchema({ childPrice }: { childPrice: boolean }) {
  return z.object({
    date: z.string({ required_error: "experience.errors.date" }).regex(/^\d{4}-\d{2}-\d{2}$/, "experience.errors.date"),
    adults: count("experience.errors.adults", 1),
    children: childPrice ? count("experience.errors.children", 0).default(0) : z.literal(0, { errorMap: () => ({ message: "experience.errors.children" }) }).default(0),
  })
}
export type ExperienceBookingType = z.infer<ReturnType<typeof experienceBookingSchema>>
