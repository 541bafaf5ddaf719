import { z } from "zod"
import { pictures } from "~/components/producer/listing-schema.server"
import { PRODUCER_TYPES } from "./profile-constraints"

const optionalText = (max: number) => z.string().trim().max(max, "errors.tooLong").optional()

export const ProducerProfileForm = z.object({
  name: z.string({ required_error: "producerPortal.errors.name" }).trim().min(1, "producerPortal.errors.name").max(300, "producerPortal.errors.name"),
  type: z.enum(PRODUCER_TYPES).optional(),
  registration_number: optionalText(50),
  phone: z.string().regex(/^\+?[0-9 .()-]{8,20}$/, "errors.phone").optional(),
  address: optionalText(500),
  province: z.string().regex(/^\d{2}$/, "errors.province").optional(),
  commune: z.string().regex(/^\d{5}$/, "errors.commune").optional(),
  story: optionalText(5000),
  keepPhotos: z.array(z.string().url()).max(12, "errors.tooLong").optional(),
  photos: pictures,
})
export type ProducerProfileFormType = z.infer<typeof ProducerProfileForm>
