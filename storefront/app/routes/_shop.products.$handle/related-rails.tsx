import { Link } from "@remix-run/react"
import { ProductCard } from "~/components/product-card"
import { useT } from "~/lib/i18n"
import type { OcopProductDetail } from "~/lib/ocop-types"

/**
 * What to look at next, under the product: the producer's other goods, the same OCOP
 * product group, the province's specialities. The store API answers them with the
 * product (one call); a rail with nothing on it is not drawn. Plain links: no
 * script of its own.
 */
export function RelatedRails({ product }: { product: OcopProductDetail }) {
  const t = useT()
  const related = product.related
  if (!related) return null
  const rails = [
    {
      id: "producer",
      title: t("related.producer"),
      products: related.producer,
      all: product.producer ? `/producers/${product.producer.handle}` : null,
    },
    {
      id: "category",
      title: t("related.category"),
      products: related.category,
      all: product.ocop.category.set ? `/categories/${product.ocop.category.set}` : null,
    },
    {
      id: "province",
      title: t("related.province"),
      products: related.province,
      all: product.origin.province_code ? `/provinces/${product.origin.province_code}` : null,
    },
  ].filter((rail) => rail.products.length > 0)
  if (!rails.length) return null
  return (
    <>
      {rails.map((rail) => (
        <section key={rail.id} className="rail" aria-labelledby={`rail-${rail.id}`}>
          <div className="rail__head">
            <h2 id={`rail-${rail.id}`}>{rail.title}</h2>
            {rail.all ? (
              <Link to={rail.all} className="rail__all" aria-describedby={`rail-${rail.id}`}>
                {t("related.seeAll")}
              </Link>
            ) : null}
          </div>
          <ul className="rail__list">
            {rail.products.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
