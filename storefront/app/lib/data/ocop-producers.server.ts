import type { Locale } from "../i18n"
import { localeHeaders, sdk } from "../medusa.server"
import type { OcopProducer } from "../ocop-types"
import { nullOn404 } from "./not-found.server"

/** GET /store/ocop/producers/:idOrHandle, or null when unknown. */
export async function getOcopProducer(idOrHandle: string, locale: Locale): Promise<OcopProducer | null> {
  return nullOn404(async () => {
    const { producer } = await sdk.client.fetch<{ producer: OcopProducer }>(
      `/store/ocop/producers/${encodeURIComponent(idOrHandle)}`,
      { headers: localeHeaders(locale) }
    )
    return producer
  })
}
