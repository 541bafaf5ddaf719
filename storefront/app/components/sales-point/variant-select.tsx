import { getSelectProps, type FieldMetadata } from "~/lib/form"
import { Field } from "~/components/ui/field"
import { useT } from "~/lib/i18n"

type Choice = { variant_id: string; product_title: string; variant_title: string | null; available_quantity: number }

/** The product a form is about, chosen from what this point holds (with what is available). */
export function VariantSelect({ field, choices }: { field: FieldMetadata; choices: Choice[] }) {
  const t = useT()
  return (
    <Field label={t("staffConsole.field.variant")} id={field.id} errorId={field.errorId} errors={field.errors}>
      <select {...getSelectProps(field)}>
        <option value="">{t("staffConsole.field.chooseVariant")}</option>
        {choices.map((c) => (
          <option key={c.variant_id} value={c.variant_id}>
            {c.variant_title ? `${c.product_title} · ${c.variant_title}` : c.product_title} — {t("staffConsole.sell.available", { available: c.available_quantity })}
          </option>
        ))}
      </select>
    </Field>
  )
}
