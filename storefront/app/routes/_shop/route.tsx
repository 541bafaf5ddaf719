import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { Outlet, useRouteLoaderData } from "@remix-run/react"
import type { ReactNode } from "react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { SiteFooter } from "~/components/shop/site-footer"
import { SiteHeader } from "~/components/shop/site-header"
import { shopOperator } from "~/lib/shop-operator.server"
import { getSession } from "~/lib/session.server"
import { loadMessages } from "~/lib/i18n"
import { shopMessageLoaders } from "~/lib/messages/shop/lazy"
import { wishlistIdsFor } from "~/lib/data/wishlist.server"
import { GuestWishlistHandOver } from "~/components/wishlist/guest-wishlist-hand-over"

await loadMessages(shopMessageLoaders)

// The consumer shop's layout (pathless: URLs keep no "_shop"): the shopper's header with
// search and cart badge, and the footer. The portal and the console never render it.
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request)
  const token = session.get("customerToken")
  return json({
    cartCount: session.get("cartCount") ?? 0,
    customerName: token ? (session.get("customerName") ?? "") : null,
    wishlistIds: token ? await wishlistIdsFor(token) : [],
    operator: shopOperator(),
  })
}

function ShopFrame({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("routes/_shop")
  return (
    <>
      <SiteHeader cartCount={data?.cartCount ?? 0} customerName={data?.customerName ?? null} />
      <GuestWishlistHandOver signedIn={data?.customerName != null} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter operator={data?.operator ?? null} />
    </>
  )
}

export default function ShopLayout() {
  return (
    <ShopFrame>
      <Outlet />
    </ShopFrame>
  )
}

export function ErrorBoundary() {
  return (
    <ShopFrame>
      <div className="container">
        <GeneralErrorBoundary />
      </div>
    </ShopFrame>
  )
}
