import { useT } from "~/lib/i18n"
import { safeHref } from "~/lib/safe-url"

/**
 * The pictures already saved, in the shop's order: each ticked to keep (unticking one
 * removes it on save) with its position (1 is the cover), which the producer may change.
 */
export function KeepPictures({ name, orderName, urlsName, urls }: { name: string; orderName?: string; urlsName?: string; urls: string[] }) {
  const t = useT()
  if (!urls.length) return null
  const hintId = `${name}-order-hint`
  return (
    <fieldset aria-describedby={orderName ? hintId : undefined}>
      <legend>{t("producerPortal.listing.currentPictures")}</legend>
      {orderName ? (
        <p className="field-hint" id={hintId}>
          {t("producerPortal.listing.picturesOrderHint")}
        </p>
      ) : null}
      <ul className="picture-choices">
        {urls.map((url, i) => (
          <li key={url}>
            <label className="choice">
              <input type="checkbox" name={name} value={url} defaultChecked />
              {safeHref(url) ? <img src={safeHref(url)} alt="" width={96} height={72} /> : null}
              <span className="visually-hidden">{t("producerPortal.listing.keepPicture", { n: i + 1 })}</span>
            </label>
            {orderName && urlsName ? (
              <>
            <input type="hidden" name={`${urlsName}[${i}]`} value={url} />
            <input
              type="number"
              name={`${orderName}[${i}]`}
              defaultValue={i + 1}
              min={1}
              max={urls.length}
              step={1}
              inputMode="numeric"
              className="picture-position"
              aria-label={t("producerPortal.listing.picturePosition", { n: i + 1 })}
            />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
