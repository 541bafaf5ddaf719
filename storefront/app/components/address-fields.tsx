import { getInputProps, type FieldMetadata } from "~/lib/form"
import { useT } from "~/lib/i18n"
import type { Province } from "~/lib/ocop-types"
import { CommunePicker } from "./ui/commune-picker"
import { Field } from "./ui/field"

type Option = { code: string; name: string }
type Fields = {
  fullName: FieldMetadata
  phone: FieldMetadata
  province: FieldMetadata
  commune: FieldMetadata
  street: FieldMetadata
}

/**
 * Name, phone and a Vietnamese address: province, then one of its communes (2025
 * units, the shared picker), then the street.
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
        <CommunePicker
          province={fields.province}
          commune={fields.commune}
          provinces={provinces}
          communes={initialCommunes}
          initialProvince={initialProvince}
          communeHint={t("checkout.communeHint")}
          autoComplete
        />
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
