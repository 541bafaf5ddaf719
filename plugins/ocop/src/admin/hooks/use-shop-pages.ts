import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type AdminShopPage = {
  slug: string
  id: string | null
  title: string
  body: string
  updated_at: string | null
}

const pagesKey = ["ocop", "shop-pages"]

/** The four policy pages, from GET /admin/ocop/shop-pages. */
export function useShopPages() {
  return useQuery({
    queryKey: pagesKey,
    queryFn: () =>
      sdk.client.fetch<{ shop_pages: AdminShopPage[] }>("/admin/ocop/shop-pages"),
  })
}

/** Saves one page's Vietnamese title and text; the list refetches afterwards. */
export function useSaveShopPage() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { slug: string; title: string; body: string }) =>
      sdk.client.fetch(`/admin/ocop/shop-pages/${input.slug}`, {
        method: "POST",
        body: { title: input.title, body: input.body },
      }),
    onSettled: () => client.invalidateQueries({ queryKey: pagesKey }),
  })
}
