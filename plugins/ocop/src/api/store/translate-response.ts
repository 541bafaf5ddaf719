import type { MedusaRequest } from "@medusajs/framework/http"
import { applyTranslations } from "@medusajs/framework/utils"

/**
 * Puts the request's language over every text that has a translation, in place:
 * `x-medusa-locale: en-US` (or `?locale=en-US`) gives the English that the
 * Translation Module keeps for products, variants, options and values, and for our
 * producers' stories, sales points' addresses and hours, and experiences' terms.
 * Objects are matched by `id`, at any depth, so call it before a mapping drops the
 * ids. Without a locale, or with no translation, the Vietnamese original stays.
 */
export async function translateResponse(
  req: Pick<MedusaRequest, "locale" | "scope">,
  objects: unknown[]
): Promise<void> {
  if (!req.locale) return
  await applyTranslations({
    localeCode: req.locale,
    objects: objects.filter(
      (o): o is Record<string, any> => !!o && typeof o === "object"
    ),
    container: req.scope,
  })
}
