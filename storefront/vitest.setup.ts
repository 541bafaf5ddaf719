import { afterEach, beforeEach, vi } from "vitest"
import { registerMessages } from "./app/lib/i18n"
import { commonMessages } from "./app/lib/messages/common"
import { formsMessages } from "./app/lib/messages/forms"
import { ordersMessages } from "./app/lib/messages/orders"
import { producerMessages } from "./app/lib/messages/producer"
import { salesPointMessages } from "./app/lib/messages/sales-point"
import { shopMessages } from "./app/lib/messages/shop"
import { shopOrdersMessages } from "./app/lib/messages/shop-orders"
import { shopProducerMessages } from "./app/lib/messages/shop-producer"
import { shopSearchBoxMessages } from "./app/lib/messages/shop-search-box"
import { shopCheckoutMessages } from "./app/lib/messages/shop-checkout"
import { shopLookupMessages } from "./app/lib/messages/shop-lookup"
import { shopCustomerMessages } from "./app/lib/messages/shop-customer"
import { shopHomeMessages } from "./app/lib/messages/shop-home"
import { shopCatalogMessages } from "./app/lib/messages/shop-catalog"
import { shopProductMessages } from "./app/lib/messages/shop-product"
import { shopPlacesMessages } from "./app/lib/messages/shop-places"
import { shopExperiencesMessages } from "./app/lib/messages/shop-experiences"

// Route tests render a page without its layout route, which is what loads its app's
// messages in the app (and components without the page that loads its own dictionaries, messages/shop-*): load
// them all, as the server does.
const shopPageMessages = [shopOrdersMessages, shopProducerMessages, shopSearchBoxMessages, shopCheckoutMessages, shopLookupMessages, shopCustomerMessages, shopHomeMessages, shopCatalogMessages, shopProductMessages, shopPlacesMessages, shopExperiencesMessages]
for (const messages of [commonMessages, formsMessages, ordersMessages, shopMessages, ...shopPageMessages, producerMessages, salesPointMessages]) {
  registerMessages(messages)
}

// An unexpected console.error (React warnings, failed renders) fails the test.
let errors: unknown[][] = []
beforeEach(() => {
  errors = []
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args)
  })
})

afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react")
    cleanup()
  }
  vi.restoreAllMocks()
  const logged = errors
  errors = []
  if (logged.length) {
    throw new Error(`console.error was called:\n${logged.map((args) => args.map(String).join(" ")).join("\n")}`)
  }
})
