import { getSelectProps, type FieldMetadata } from "~/lib/form"
import { useFetcher } from "@remix-run/react"
import { useEffect, useState } from "react"
import { useT } from "~/lib/i18n"
import type { Province } from "~/lib/ocop-types"
import { Field } from "./field"

type Option = { code: string; name: string }

/**
 * Province, then one of its 2025 communes, looked up at /resources/communes: the
 * shopper's address (checkout, address book) and the producer's profile. Without
 * JavaScript the button next to the province sends the form with intent=province and
 * the page comes back with its communes.
 */
export function CommunePicker({
  province: provinceField,
  commune: communeField,
  provinces,
  communes: initialCommunes,
  initialProvince,
  communeHint,
  autoComplete = false,
}: {
  province: FieldMetadata
  commune: FieldMetadata
  provinces: Province[]
  communes: Option[]
  initialProvince: string
  communeHint?: string
  /** The browser may fill in the user's own address (not for a producer's). */
  autoComplete?: boolean
}) {
  const t = useT()
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const fetcher = useFetcher<{ communes: Option[] }>()
  const [province, setProvince] = useState(initialProvince)
  const communes = province === initialProvince ? initialCommunes : (fetcher.data?.communes ?? [])
  const loading = fetcher.state !== "idle"
  const hintId = `${communeField.id}-hint`
  return (
    <div className="field-row">
      <Field label={t("checkout.province")} id={provinceField.id} errorId={provinceField.errorId} errors={provinceField.errors}>
        <select
          {...getSelectProps(provinceField)}
          autoComplete={autoComplete ? "address-level1" : undefined}
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
          <button type="submit" name="intent" value="province" formNoValidate className="button button--ghost button--small" style={{ marginTop: 6 }}>
            {t("checkout.loadCommunes")}
          </button>
        )}
      </Field>
      <Field
        label={t("checkout.commune")}
        id={communeField.id}
        errorId={communeField.errorId}
        errors={communeField.errors}
        hint={communeHint}
        hintId={communeHint ? hintId : undefined}
      >
        <select
          {...getSelectProps(communeField, { ariaDescribedBy: communeHint ? hintId : undefined })}
          key={province}
          disabled={!communes.length}
          aria-busy={loading}
          autoComplete={autoComplete ? "address-level2" : undefined}
        >
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
