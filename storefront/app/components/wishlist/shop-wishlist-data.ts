import { useRouteLoaderData } from "@remix-run/react"

/** What the shop layout's loader tells every page about the shopper's wishlist. */
export type ShopWishlistData = { customerName: string | null; wishlistIds?: string[] }

export function useShopWishlistData(): { signedIn: boolean; ids: string[] } {
  const data = useRouteLoaderData("routes/_shop") as ShopWishlistData | undefined
  return { signedIn: data?.customerName != null, ids: data?.wishlistIds ?? [] }
}
