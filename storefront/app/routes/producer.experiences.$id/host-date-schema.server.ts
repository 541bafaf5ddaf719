import { z } from "zod"

/** The host's two actions on a date: a group arrived, or the whole date is cancelled. */
export const HostDateAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("attended"), reference: z.string().trim().min(1) }),
  z.object({
    intent: z.literal("cancel"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    reason: z.string({ required_error: "host.errors.reason" }).trim().min(5, "host.errors.reason").max(500, "errors.tooLong"),
    confirm: z.literal("on", { errorMap: () => ({ message: "host.errors.confirm" }) }),
  }),
])
