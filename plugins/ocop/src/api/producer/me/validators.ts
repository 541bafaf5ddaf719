import { z } from "@medusajs/framework/zod"
import { producerFields } from "../../shared/validators/producer"
import { UploadedFileUrl } from "../../shared/validators/url"

/** What a producer may change about itself: its profile, not its handle or the office's metadata. */
export type ProducerUpdateProfileType = z.infer<typeof ProducerUpdateProfile>
export const ProducerUpdateProfile = z
  .object(producerFields)
  .partial()
  .omit({ handle: true, metadata: true })
  .extend({
    // Pictures uploaded through POST /producer/uploads.
    photos: z.array(UploadedFileUrl("photos")).max(12).optional(),
  })
  .strict()
