import { parseWithZod } from "@conform-to/zod"
import { json, redirect } from "@remix-run/node"
import type { z } from "zod"
import { orStaffInputError, StaffInputError } from "~/lib/data/sales-point-api.server"
import { formKeyOf } from "./form-key"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import type { MessageKey } from "~/lib/i18n"
import { commitStaffHeaders, flashNotice, getStaffSession, withStaffToken } from "~/lib/staff-session.server"

type Explanations = Parameters<typeof fieldErrorsFromApi>[2]

/**
 * The one shape of the console's stock forms (receive, adjust, transfer): check the
 * form with its schema, call the API, put the API's 4xx next to the field it names
 * (everything typed stays in the form), or confirm on the next page, whose new render
 * starts an empty form. The form's key goes with the call: sent twice, it counts once.
 */
export async function stockFormAction<Schema extends z.ZodTypeAny, Result>(
  request: Request,
  options: {
    schema: Schema
    /** The API's field names that are also this form's fields. */
    fields: string[]
    explanations?: Explanations
    call: (token: string, value: z.output<Schema>, formKey: string | undefined) => Promise<Result>
    notice: (result: Result, value: z.output<Schema>, token: string) => Promise<{ key: MessageKey; params: Record<string, string | number> }>
  }
) {
  const form = await request.formData()
  const submission = parseWithZod(form, { schema: options.schema })
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 })
  const value = submission.value as z.output<Schema>
  const outcome = await withStaffToken(request, async (token) => {
    const result = await orStaffInputError(() => options.call(token, value, formKeyOf(form)))
    if (result instanceof StaffInputError) return result
    return options.notice(result, value, token)
  })
  if (outcome instanceof StaffInputError) {
    const fields = Object.fromEntries(options.fields.map((f) => [f, f]))
    return json({ result: submission.reply(fieldErrorsFromApi(outcome.message, fields, options.explanations)) }, { status: 400 })
  }
  const session = await getStaffSession(request)
  flashNotice(session, outcome.key, outcome.params)
  const url = new URL(request.url)
  return redirect(url.pathname, { headers: await commitStaffHeaders(session) })
}
