import { z } from "@medusajs/framework/zod"

/** Approval takes no input: the submission is approved as the producer filed it. */
export const AdminApproveCertification = z.object({}).strict()
