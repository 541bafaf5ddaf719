import { useT } from "~/lib/i18n"
import { safeHref } from "~/lib/safe-url"

/** The pictures already saved, each ticked to keep; unticking one removes it on save. */
export function KeepPictures({ name, urls }: { name: string; urls: string[] }) {
  const t = useT()
  if (!urls.length) return null
  return (
    <fieldset>
      <legend>{t("producerPortal.listing.currentPictures")}</legend>
      <ul className="picture-choices">
        {urls.map((url, i) => (
          <li key={url}>
            <label className="choice">
              <input type="checkbox" name={name} value={url} defaultChecked />
              {safeHref(url) ? <img src={safeHref(url)} alt="" width={96} height={72} /> : null}
              <span className="visually-hidden">{t("producerPortal.listing.keepPicture", { n: i + 1 })}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
