import { getSelectProps, type FieldMetadata } from "@conform-to/react"
import { useFetcher } from "@remix-run/react"
import { useEffect, useState } from "react"
import { useT } from "~/lib/i18n"
import type { Province } from "~/lib/ocop-types"
import { Field } from "../ui/field"

type Option = { code: string; name: string }

/**
 * Province, then one of its 2025 communes, from the same /resources/communes
 * look-up as the checkout. Without JavaScript the button next to the province
 * sends the form with intent=province and the page returns with its communes.
 */
export function CommunePicker({
  province: provinceField,
  commune: communeField,
  provinces,
  communes: initialCommunes,
  initialProvince,
}: {
  province: FieldMetadata<string | undefined>
  commune: FieldMetadata<string | undefined>
  provinces: Province[]
  communes: Option[]
  initialProvince: string
}) {
  const t = useT()
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const fetcher = useFetcher<{ communes: Option[] }>()
  const [province, setProvince] = useState(initialProvince)
  const communes = province === initialProvince ? initialCommunes : (fetcher.data?.communes ?? [])
  const loading = fetcher.state !== "idle"
  return (
    <div className="field-row">
      <Field label={t("checkout.province")} id={provinceField.id} errorId={provinceField.errorId} errors={provinceField.errors}>
        <select
          {...getSelectProps(provinceField)}
          onChange={(event) => {
            const code = event.currentTarget.value
            setProvince(code)
            if (code && code !== initialProvince) fetcher.load(`/resources/communes?province=${code}`)
          }}
        >
          <option value="">{t("checkout.chooseProvince")}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        {hydrated ? null : (
          <button type="submit" name="intent" value="province" formNoValidate className="button button--ghost button--small">
            {t("checkout.loadCommunes")}
          </button>
        )}
      </Field>
      <Field label={t("checkout.commune")} id={communeField.id} errorId={communeField.errorId} errors={communeField.errors}>
        <select {...getSelectProps(communeField)} key={province} disabled={!communes.length} aria-busy={loading}>
          <option value="">
            {loading ? t("common.loading") : province ? t("checkout.chooseCommune") : t("checkout.chooseProvinceFirst")}
          </option>
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  )
}
