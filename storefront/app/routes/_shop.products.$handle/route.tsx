import { parseWithZod } from "@conform-to/zod"
import { FetchError } from "@medusajs/js-sdk"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import type { ClientLoaderFunctionArgs } from "@remix-run/react"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { useState } from "react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { CertificateStatus } from "~/components/certificate-status"
import { BuyerRating } from "~/components/buyer-rating"
import { ErrorList } from "~/components/ui/field"
import { WithVietnameseNames } from "~/components/ui/vietnamese-names"
import { getOrCreateSessionCart, itemCount } from "~/lib/cart.server"
import { addLineItem } from "~/lib/data/carts.server"
import { getOcopProduct } from "~/lib/data/ocop-products.server"
import { publicPage } from "~/lib/page-cache"
import { formatVnd } from "~/lib/format"
import { invariantResponse } from "~/lib/invariant"
import { loadMessages, isMessageKey, translator, useLocale, useT } from "~/lib/i18n"
import { categoryName } from "~/lib/ocop"
import { productJsonLd } from "~/lib/product-json-ld"
import { qrCodeSvg } from "~/lib/qr-code.server"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession } from "~/lib/session.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { safeHref } from "~/lib/safe-url"
import { StorefrontAddToCart } from "./add-to-cart-schema"
import { ogImageTags, productOgImage } from "~/lib/product-og"
import { publicOrigin } from "~/lib/public-url.server"
import { lazySection } from "~/lib/lazy-section"
import { ShareLinks } from "./share-links"
import { Gallery } from "~/components/product/gallery"
import { StickyBuyBar } from "~/components/product/sticky-buy-bar"
import { WishlistButton } from "~/components/wishlist/wishlist-button"
import { shopProductMessageLoaders } from "~/lib/messages/shop-product/lazy"

await loadMessages(shopProductMessageLoaders)

// Below the fold: where to buy in person, the provenance facts, the reviews and the
// related products (with their cards) are 4 KB gzip the page need not download before it
// answers a tap.
const salesPoints = lazySection(() => import("./sales-points-section").then((m) => m.ProductSalesPoints))
const provenance = lazySection(() => import("./provenance-section").then((m) => m.ProvenanceSection))
const reviews = lazySection(() => import("~/components/product-reviews").then((m) => m.ProductReviews))
const rails = lazySection(() => import("./related-rails").then((m) => m.RelatedRails))
const preloadSections = () => Promise.all([salesPoints.preload(), provenance.preload(), reviews.preload(), rails.preload()])
// The server renders them in the page's HTML, not streamed after it.
if (import.meta.env.SSR) await preloadSections()

export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), preloadSections()])
  return data
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const handle = params.handle ?? ""
  // One backend call: the listing with its shop notes and sales points (issue 18).
  const locale = await getLocale(request)
  const [product, session] = await Promise.all([getOcopProduct(handle, locale, { related: 4 }), getSession(request)])
  invariantResponse(product, "Not found", { status: 404 })
  // An old link (a handle the listing had before it moved to ASCII) goes to the current one.
  if (product.handle !== handle) {
    return redirect(`/products/${encodeURIComponent(product.handle)}${new URL(request.url).search}`, 301)
  }
  const origin = publicOrigin()
  const traceUrl = `${origin}/trace/${product.handle}`
  const qrSvg = await qrCodeSvg(traceUrl)
  const notice = session.get("notice")
  const url = `${origin}/products/${product.handle}`
  return json(
    {
      product,
      // The taxonomy stays on the server: the criteria set's name in the page's language.
      categoryName: categoryName(product.ocop.category, locale),
      locale,
      url,
      // Built here, not in meta: only the page's first HTML needs it (for search engines),
      // and the browser then need not download the builder (0.9 KB gzip, issue 18).
      jsonLd: productJsonLd(product, url),
      og: productOgImage(product, origin, translator(locale)("product.ogAlt", { title: product.title, stars: product.ocop.stars })),
      traceUrl,
      qrSvg,
      notice: notice ?? null,
    },
    notice ? { headers: await commitHeaders(session) } : undefined
  )
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: StorefrontAddToCart })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: 400 })
  }
  // Only to check the pack: the cart names it in the cart's own language.
  const product = await getOcopProduct(params.handle ?? "", "vi")
  invariantResponse(product, "Not found", { status: 404 })
  if (!product.variants.some((v) => v.id === submission.value.variantId)) {
    return json({ result: submission.reply({ fieldErrors: { variantId: ["errors.variant"] } }) }, { status: 400 })
  }
  const session = await getSession(request)
  const cart = await getOrCreateSessionCart(session, await getLocale(request))
  let updated
  try {
    updated = await addLineItem(cart.id, submission.value.variantId, submission.value.quantity, session.get("customerToken"))
  } catch (error) {
    // The cart refuses a line it cannot sell (stock ran out since the page loaded): say why.
    if (error instanceof FetchError && error.status === 400) {
      return json({ result: submission.reply({ formErrors: [error.message] }) }, { status: 400, headers: await commitHeaders(session) })
    }
    throw error
  }
  session.set("cartCount", itemCount(updated))
  session.flash("notice", "product.added")
  return redirect(`/products/${product.handle}`, { headers: await commitHeaders(session) })
}

export default function ProductRoute() {
  const { product, categoryName: category, qrSvg, traceUrl, notice, url } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  const sellable = product.variants.filter((v) => v.in_stock)
  const [variantId, setVariantId] = useState(sellable[0]?.id ?? "")
  const variant = product.variants.find((v) => v.id === variantId) ?? sellable[0] ?? product.variants[0]
  const errors = actionData?.result.error ?? {}
  const adding = navigation.state === "submitting" && navigation.formAction?.startsWith(`/products/${product.handle}`)
  const description = locale === "en" ? (product.description_en ?? product.description) : product.description
  // Stored addresses are rendered only when safeHref accepts them (issue 14, 1b).
  const images = (product.images.length ? product.images : product.thumbnail ? [{ id: "thumb", url: product.thumbnail }] : []).flatMap(
    (image) => {
      const url = safeHref(image.url)
      return url ? [{ ...image, url }] : []
    }
  )

  return (
    <div className="container">
      <Breadcrumb
        trail={[
          { to: "/", label: t("common.home") },
          { to: "/products", label: t("nav.products") },
          ...(product.ocop.category.set && category ? [{ to: `/categories/${product.ocop.category.set}`, label: category }] : []),
        ]}
        current={product.title}
      />

      <div className="product">
        <Gallery images={images} alt={t("product.imageAlt", { title: product.title })} />

        <section>
          <h1>{product.title}</h1>
          <WishlistButton productId={product.id} title={product.title} withText />
          {/* In English the certificate's own Vietnamese name follows the English title. */}
          {product.original_title !== product.title ? (
            <p className="product__subtitle" lang="vi">
              {product.original_title}
            </p>
          ) : locale === "en" && product.title_en && product.title_en !== product.title ? (
            <p className="product__subtitle">{product.title_en}</p>
          ) : null}
          {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}
          <CertificateStatus ocop={product.ocop} />
          {product.rating.count > 0 || product.sold > 0 ? (
            <p className="product__proof">
              {product.rating.count > 0 ? (
                <a href="#reviews">
                  <BuyerRating rating={product.rating} />
                </a>
              ) : null}
              {product.sold > 0 ? <span>{t("review.sold", { count: product.sold })}</span> : null}
            </p>
          ) : null}
          <p className="product__price">
            {variant?.price_vnd != null ? formatVnd(variant.price_vnd) : t("common.noPrice")}
          </p>
          {product.shop.vat_rate ? <p className="field-hint">{t("product.vat", { rate: product.shop.vat_rate })}</p> : null}
          {product.shop.prices_illustrative ? <p className="field-hint">{t("product.pricesIllustrative")}</p> : null}
          {product.shop.age_restricted ? (
            <p className="alert alert--info" role="note">
              <strong>18+</strong> {t("product.ageRestricted")}
            </p>
          ) : null}

          {notice && isMessageKey(notice) ? (
            <p className="alert alert--success" role="status">
              {t(notice)} <Link to="/cart">{t("product.viewCart")}</Link>
            </p>
          ) : null}

          {product.variants.length && !sellable.length ? (
            <p className="alert alert--info" role="status">
              {t("product.outOfStock")}
            </p>
          ) : product.variants.length ? (
            <Form method="post" id="buy-box" className="buy-box" aria-describedby={errors[""] ? "buy-box-errors" : undefined}>
              <fieldset className="variant-choices" aria-describedby={errors.variantId ? "variant-errors" : undefined}>
                <legend>{t("product.variant")}</legend>
                {product.variants.map((v) => (
                  <label className="variant-choice" key={v.id}>
                    <input
                      type="radio"
                      name="variantId"
                      value={v.id}
                      required
                      defaultChecked={v.id === sellable[0]?.id}
                      aria-invalid={errors.variantId ? true : undefined}
                      disabled={!v.in_stock}
                      onChange={() => setVariantId(v.id)}
                    />
                    <span>
                      {v.title}
                      {v.price_vnd != null ? ` · ${formatVnd(v.price_vnd)}` : ""}
                      {v.in_stock ? "" : ` · ${t("product.variantOutOfStock")}`}
                    </span>
                  </label>
                ))}
                <ErrorList id="variant-errors" errors={errors.variantId} />
              </fieldset>
              <ErrorList id="buy-box-errors" errors={errors[""]} />
              <div className="buy-box__row">
                <div className="field">
                  <label htmlFor="quantity">{t("product.quantity")}</label>
                  <input
                    id="quantity"
                    name="quantity"
                    type="number"
                    required
                    min={1}
                    max={99}
                    step={1}
                    defaultValue={1}
                    inputMode="numeric"
                    aria-invalid={errors.quantity ? true : undefined}
                    aria-describedby={errors.quantity ? "quantity-errors" : undefined}
                  />
                  <ErrorList id="quantity-errors" errors={errors.quantity} />
                </div>
                <button type="submit" className="button buy-box__submit" disabled={adding}>
                  {adding ? t("common.loading") : t("product.addToCart")}
                </button>
              </div>
              {variant?.sku ? (
                <p className="field-hint">
                  {t("product.sku")}: {variant.sku}
                </p>
              ) : null}
            </Form>
          ) : (
            <p className="alert alert--info">{t("product.outOfStockNone")}</p>
          )}

          <ShareLinks url={url} />
          {description ? (
            <>
              <h2>{t("product.description")}</h2>
              <p className="description">
                {locale === "en" ? <WithVietnameseNames text={description} names={[product.original_title]} /> : description}
              </p>
            </>
          ) : null}
        </section>
      </div>

      <salesPoints.Section points={product.sales_points} deliverable={sellable.length > 0} />

      <provenance.Section
        product={product}
        category={category}
        traceUrl={traceUrl}
        qrSvg={qrSvg}
      />

      <reviews.Section rating={product.rating} reviews={product.reviews} />
      <rails.Section product={product} />
      {sellable.length ? (
        <StickyBuyBar formId="buy-box" price={variant?.price_vnd != null ? formatVnd(variant.price_vnd) : t("common.noPrice")} label={adding ? t("common.loading") : t("product.addToCart")} disabled={!!adding} />
      ) : null}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  if (!data) return [{ title: `${t("error.notFoundTitle")} · OCOP Market` }, { name: "robots", content: "noindex" }]
  const { product } = data
  const description = (locale === "en" ? product.description_en : product.description) ?? t("site.description")
  return [
    ...seo({
      title: `${product.title} · OCOP Market`,
      description: description.length > 160 ? `${description.slice(0, 157)}…` : description,
      url: data.url,
      type: "product",
      locale,
    }),
    ...ogImageTags(data.og),
    { "script:ld+json": data.jsonLd },
  ]
}

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{ 404: () => <Problem title={t("error.notFoundTitle")} text={t("error.productNotFound")} status={404} /> }}
      />
    </div>
  )
}

// The same for every anonymous visitor: cached briefly, revalidated by ETag (issue 18).
export const handle = publicPage
