import { useT } from "~/lib/i18n"

/**
 * On a phone, the price and the add-to-cart button stay at the bottom of the screen while
 * the shopper reads the page. The button belongs to the buy box's form (`form` attribute),
 * so it adds the pack and quantity chosen there, with or without JavaScript.
 */
export function StickyBuyBar({ formId, price, label, disabled }: { formId: string; price: string; label: string; disabled: boolean }) {
  const t = useT()
  return (
    <div className="buy-bar" role="region" aria-label={t("buyBar.label")}>
      <p className="buy-bar__price">{price}</p>
      <button type="submit" form={formId} className="button buy-bar__button" disabled={disabled}>
        {label}
      </button>
    </div>
  )
}
