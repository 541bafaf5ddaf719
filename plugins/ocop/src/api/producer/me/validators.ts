import { z } from "@medusajs/framework/zod"
import { AdminUpdateProducer } from "../../admin/ocop/producers/validators"

/** What a producer may change about itself: its profile, not its handle or the office's metadata. */
export type ProducerUpdateProfileType = z.infer<typeof ProducerUpdateProfile>
export const ProducerUpdateProfile = AdminUpdateProducer.omit({
  handle: true,
  metadata: true,
})
  .extend({
    // Pictures uploaded through POST /producer/uploads.
    photos: z.array(z.string().url().max(500)).max(12).optional(),
  })
  .strict()
