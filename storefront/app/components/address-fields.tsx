import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react"
import { useFetcher } from "@remix-run/react"
import { useEffect, useState } from "react"
import { useT } from "~/lib/i18n"
import type { Province } from "~/lib/ocop-types"
import { Field } from "./ui/field"

type Option = { code: string; name: string }
type Fields = {
  fullName: FieldMetadata<string>
  phone: FieldMetadata<string>
  province: FieldMetadata<string>
  commune: FieldMetadata<string>
  street: FieldMetadata<string>
}

function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}

/**
 * Name, phone and a Vietnamese address: province, then one of its communes (2025
 * units), then the street. Without JavaScript the "load communes" button posts the
 * form with intent=province and the page comes back with the commune list.
 */
export function AddressFields({
  fields,
  provinces,
  communes: initialCommunes,
  initialProvince,
  hideAddress = false,
}: {
  fields: Fields
  provinces: Province[]
  communes: Option[]
  initialProvince: string
  /** Name and phone only (click & collect): the address fields stay in the form, unused. */
  hideAddress?: boolean
}) {
  const t = useT()
  const hydrated = useHydrated()
  const fetcher = useFetcher<{ communes: Option[] }>()
  const [province, setProvince] = useState(initialProvince)
  const communes = province === initialProvince ? initialCommunes : (fetcher.data?.communes ?? [])
  const loading = fetcher.state !== "idle"

  return (
    <>
      <Field label={t("checkout.fullName")} id={fields.fullName.id} errorId={fields.fullName.errorId} errors={fields.fullName.errors}>
        <input {...getInputProps(fields.fullName, { type: "text" })} autoComplete="name" />
      </Field>
      <Field
        label={t("checkout.phone")}
        id={fields.phone.id}
        errorId={fields.phone.errorId}
        errors={fields.phone.errors}
        hint={t("checkout.phoneHint")}
        hintId={`${fields.phone.id}-hint`}
      >
        <input
          {...getInputProps(fields.phone, { type: "tel", ariaDescribedBy: `${fields.phone.id}-hint` })}
          autoComplete="tel"
          inputMode="tel"
        />
      </Field>
      <div hidden={hideAddress}>
        <div className="field-row">
          <Field label={t("checkout.province")} id={fields.province.id} errorId={fields.province.errorId} errors={fields.province.errors}>
            <select
              {...getSelectProps(fields.province)}
              autoComplete="address-level1"
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
            id={fields.commune.id}
            errorId={fields.commune.errorId}
            errors={fields.commune.errors}
            hint={t("checkout.communeHint")}
            hintId={`${fields.commune.id}-hint`}
          >
            <select
              {...getSelectProps(fields.commune, { ariaDescribedBy: `${fields.commune.id}-hint` })}
              key={province}
              disabled={!communes.length}
              aria-busy={loading}
              autoComplete="address-level2"
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
        <Field
          label={t("checkout.street")}
          id={fields.street.id}
          errorId={fields.street.errorId}
          errors={fields.street.errors}
          hint={t("checkout.streetHint")}
          hintId={`${fields.street.id}-hint`}
        >
          <input {...getInputProps(fields.street, { type: "text", ariaDescribedBy: `${fields.street.id}-hint` })} autoComplete="address-line1" />
        </Field>
      </div>
    </>
  )
}
