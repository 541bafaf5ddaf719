import { Outlet } from "@remix-run/react"

/** The consumer shop: every shopper-facing page sits under this pathless layout. */
export default function ShopLayout() {
  return <Outlet />
}
