import { getInputProps, type FieldMetadata } from "~/lib/form"
import { useT } from "~/lib/i18n"
import { Field } from "../ui/field"

/** A multiple file input for product pictures, uploaded through the File Module when the form is saved. */
export function ListingPictureInput({ field, label }: { field: FieldMetadata; label?: string }) {
  const t = useT()
  const hintId = `${field.id}-hint`
  return (
    <Field
      label={label ?? t("producerPortal.listing.pictures")}
      id={field.id}
      errorId={field.errorId}
      errors={field.errors}
      hint={t("producerPortal.listing.picturesHint")}
      hintId={hintId}
    >
      <input {...getInputProps(field, { type: "file", ariaDescribedBy: hintId })} multiple accept="image/jpeg,image/png,image/webp" />
    </Field>
  )
}
