import { z } from "@medusajs/framework/zod"
import { producerFields } from "../../shared/validators/producer"

/** What a producer may change about itself: its profile, not its handle or the office's metadata. */
export type ProducerUpdateProfileType = z.infer<typeof ProducerUpdateProfile>
export const ProducerUpdateProfile = z
  .object(producerFields)
  .partial()
  .omit({ handle: true, metadata: true })
  .extend({
    // Pictures uploaded through POST /producer/uploads.
    photos: z.array(z.string().url().max(500)).max(12).optional(),
  })
  .strict()
