import { getInputProps, type FieldMetadata } from "~/lib/form"
import type { SerializeFrom } from "@remix-run/node"
import { ErrorList, Field } from "~/components/ui/field"
import { formatDate, formatVnd } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import type { ShipmentChoices } from "./shipping-choices.server"

/** The lead visitor of the booked experiences: the host's contact for the trip. */
export function LeadVisitorFields({ name, phone }: { name: FieldMetadata; phone: FieldMetadata }) {
  const t = useT()
  return (
    <fieldset>
      <legend>{t("experience.leadVisitor")}</legend>
      <p className="field-hint">{t("experience.leadVisitorHint")}</p>
      <Field label={t("experience.leadName")} id={name.id} errorId={name.errorId} errors={name.errors}>
        <input {...getInputProps(name, { type: "text" })} autoComplete="name" />
      </Field>
      <Field
        label={t("experience.leadPhone")}
        id={phone.id}
        errorId={phone.errorId}
        errors={phone.errors}
        hint={t("checkout.phoneHint")}
        hintId={`${phone.id}-hint`}
      >
        <input {...getInputProps(phone, { type: "tel", ariaDescribedBy: `${phone.id}-hint` })} autoComplete="tel" inputMode="tel" />
      </Field>
    </fieldset>
  )
}

/**
 * One shipment's delivery options and click & collect points as one radio group. A cart
 * of several producers' goods shows one group per producer, named after it, with its
 * lines: each ships on its own, with its own fee.
 */
export function ShippingChoices({
  field,
  name,
  shipment,
  several,
  onChoose,
}: {
  field: FieldMetadata
  /** The form name of this shipment's choice: shippingOptionIds[i]. */
  name: string
  shipment: SerializeFrom<ShipmentChoices> | null
  several: boolean
  onChoose: (id: string) => void
}) {
  const t = useT()
  const locale = useLocale()
  const options = shipment?.options ?? []
  const errorId = field.errorId
  return (
    <fieldset aria-describedby={field.errors ? errorId : undefined}>
      <legend>
        {several ? t("checkout.shipmentOf", { producer: shipment?.producer ?? t("checkout.shopShipment") }) : t("checkout.shipping")}
      </legend>
      {several && shipment ? (
        <p className="field-hint">
          {shipment.lines.map((l) => `${l.title} × ${l.quantity}`).join(", ")}
        </p>
      ) : null}
      {options.length ? (
        options.map((o) => (
          <label className="choice" key={o.id}>
            <input
              type="radio"
              name={name}
              value={o.id}
              defaultChecked={shipment?.preselected === o.id}
              disabled={o.lacking.length > 0}
              aria-invalid={field.errors ? true : undefined}
              onChange={() => onChoose(o.id)}
            />
            <span className="choice__text">
              <span>{o.name}</span>
              {/* A carrier that gave no fee is not shown at 0 đ; choosing it still asks the carrier again. */}
              <span className="choice__meta">{o.unavailable ? t("checkout.carrierUnavailable") : formatVnd(o.amount)}</span>
              {o.estimate ? (
                <span className="choice__meta">{t("checkout.carrierEstimate", { date: formatDate(o.estimate, locale) })}</span>
              ) : null}
              {o.pickup ? (
                <span className="choice__meta">
                  {t("pickup.address")}: {o.pickup.address}
                  {o.pickup.hours ? ` · ${t("pickup.hours")}: ${o.pickup.hours}` : ""}
                </span>
              ) : null}
              {o.lacking.length ? (
                <span className="choice__meta choice__warning">{t("pickup.lacking", { items: o.lacking.join(", ") })}</span>
              ) : null}
            </span>
          </label>
        ))
      ) : (
        <p>{t("checkout.noShipping")}</p>
      )}
      <ErrorList id={errorId} errors={field.errors} />
    </fieldset>
  )
}

/** A company invoice instead of a retail one: the company, its tax code (MST), address and e-mail. */
export function CompanyInvoiceFields({
  fields,
}: {
  fields: Record<"companyInvoice" | "companyName" | "taxCode" | "companyAddress" | "invoiceEmail", FieldMetadata>
}) {
  const t = useT()
  const text = (name: "companyName" | "taxCode" | "companyAddress" | "invoiceEmail", label: string, extra: object = {}) => (
    <Field label={label} id={fields[name].id} errorId={fields[name].errorId} errors={fields[name].errors}>
      <input {...getInputProps(fields[name], { type: name === "invoiceEmail" ? "email" : "text" })} {...extra} />
    </Field>
  )
  return (
    <fieldset>
      <legend>{t("checkout.invoice")}</legend>
      <p className="field-hint">{t("checkout.invoiceHint")}</p>
      <label className="choice">
        <input {...getInputProps(fields.companyInvoice, { type: "checkbox" })} />
        <span>{t("checkout.companyInvoice")}</span>
      </label>
      {text("companyName", t("checkout.companyName"), { autoComplete: "organization" })}
      {text("taxCode", t("checkout.taxCode"), { inputMode: "numeric" })}
      {text("companyAddress", t("checkout.companyAddress"))}
      {text("invoiceEmail", t("checkout.invoiceEmail"), { autoComplete: "email" })}
    </fieldset>
  )
}
