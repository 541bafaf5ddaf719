import { Link } from "@remix-run/react"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"
import type { OcopProduct } from "~/lib/ocop-types"
import { BuyerRating } from "./buyer-rating"
import { OcopBadge } from "./ocop-badge"
import { safeHref } from "~/lib/safe-url"
import { WishlistButton } from "./wishlist/wishlist-button"

/**
 * `picture`: "lazy" for cards below the first screen; "eager" for those in it, whose
 * picture may be the page's largest paint; "first" for the very first, fetched before
 * the others.
 */
export function ProductCard({
  product,
  picture = "lazy",
}: {
  product: OcopProduct
  picture?: "lazy" | "eager" | "first"
}) {
  const t = useT()
  return (
    <article className="product-card">
      <Link to={`/products/${product.handle}`} className="product-card__link">
        <div className="product-card__image">
          {safeHref(product.thumbnail) ? (
            <img
              src={safeHref(product.thumbnail)}
              alt=""
              width={320}
              height={240}
              loading={picture === "lazy" ? "lazy" : "eager"}
              decoding="async"
              // Lower case: React 18 passes it on as the HTML attribute it is.
              {...(picture === "first" ? { fetchpriority: "high" } : {})}
            />
          ) : null}
        </div>
        <h3 className="product-card__title">{product.title}</h3>
      </Link>
      <WishlistButton productId={product.id} title={product.title} />
      <OcopBadge ocop={product.ocop} />
      <p className="product-card__origin">
        {[product.origin.commune_name, product.origin.province_name].filter(Boolean).join(", ")}
      </p>
      {product.producer ? <p className="product-card__producer">{product.producer.name}</p> : null}
      <p className="product-card__price">
        {product.price_vnd !== null ? t("common.from", { price: formatVnd(product.price_vnd) }) : t("common.noPrice")}
      </p>
      {product.rating.count > 0 || product.sold > 0 ? (
        <p className="product-card__proof">
          <BuyerRating rating={product.rating} />
          {product.sold > 0 ? <span>{t("review.sold", { count: product.sold })}</span> : null}
        </p>
      ) : null}
    </article>
  )
}

// The cards of a grid that fit the first screen of a phone (two columns).
const FIRST_SCREEN_CARDS = 2

/** `leadsPage`: the grid is the page's main content, at the top of the first screen. */
export function ProductGrid({ products, leadsPage = false }: { products: OcopProduct[]; leadsPage?: boolean }) {
  return (
    <ul className="product-grid">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard
            product={p}
            picture={!leadsPage || i >= FIRST_SCREEN_CARDS ? "lazy" : i === 0 ? "first" : "eager"}
          />
        </li>
      ))}
    </ul>
  )
}
