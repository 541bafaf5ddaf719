import { loadMessages } from "~/lib/i18n"
import { shopPlacesMessageLoaders } from "~/lib/messages/shop-places/lazy"

// The product page loads its "buy in person" block after the rest (route.tsx): the
// block's texts come with it.
await loadMessages(shopPlacesMessageLoaders)

export { ProductSalesPoints } from "../_shop.sales-points/product-sales-points"
