import { z } from "@medusajs/framework/zod"

/** A route that takes no query parameters: any parameter is a 400 naming it. */
export const NoParams = z.object({}).strict()
