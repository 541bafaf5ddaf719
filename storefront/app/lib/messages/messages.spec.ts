import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { commonMessages } from "./common"
import { formsMessages } from "./forms"
import { ordersMessages } from "./orders"
import { producerMessages } from "./producer"
import { salesPointMessages } from "./sales-point"
import { salesPointOfflineMessages } from "./sales-point-offline"
import { shopMessages } from "./shop"
import { shopOrdersMessages } from "./shop-orders"
import { shopProducerMessages } from "./shop-producer"
import { shopSearchBoxMessages } from "./shop-search-box"
import { shopCheckoutMessages } from "./shop-checkout"
import { shopCardPaymentMessages } from "./shop-card-payment"
import { shopCheckoutRefusalsMessages } from "./shop-checkout-refusals"
import { shopLookupMessages } from "./shop-lookup"
import { shopCustomerMessages } from "./shop-customer"
import { shopAccountMessages } from "./shop-account"
import { shopCartMessages } from "./shop-cart"
import { shopReviewMessages } from "./shop-review"
import { shopHomeMessages } from "./shop-home"
import { shopCatalogMessages } from "./shop-catalog"
import { shopProductMessages } from "./shop-product"
import { shopPlacesMessages } from "./shop-places"
import { shopExperiencesMessages } from "./shop-experiences"

const apps = {
  common: commonMessages,
  forms: formsMessages,
  orders: ordersMessages,
  shop: shopMessages,
  "shop-orders": shopOrdersMessages,
  "shop-producer": shopProducerMessages,
  "shop-search-box": shopSearchBoxMessages,
  "shop-checkout": shopCheckoutMessages,
  "shop-card-payment": shopCardPaymentMessages,
  "shop-checkout-refusals": shopCheckoutRefusalsMessages,
  "shop-lookup": shopLookupMessages,
  "shop-customer": shopCustomerMessages,
  "shop-account": shopAccountMessages,
  "shop-cart": shopCartMessages,
  "shop-review": shopReviewMessages,
  "shop-home": shopHomeMessages,
  "shop-catalog": shopCatalogMessages,
  "shop-product": shopProductMessages,
  "shop-places": shopPlacesMessages,
  "shop-experiences": shopExperiencesMessages,
  producer: producerMessages,
  "sales-point": salesPointMessages,
  "sales-point-offline": salesPointOfflineMessages,
}

describe("each app's messages", () => {
  it.each(Object.entries(apps))("%s has an English text for every Vietnamese one, and none left empty", (_, { vi, en }) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    for (const [key, text] of Object.entries(vi)) expect(text.trim(), key).not.toBe("")
    for (const [key, text] of Object.entries(en)) expect(typeof text === "function" || text.trim() !== "", key).toBe(true)
  })

  it("defines each key in one place only", () => {
    const seen = new Map<string, string>()
    for (const [app, { vi }] of Object.entries(apps)) {
      for (const key of Object.keys(vi)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${app}`).toBeUndefined()
        seen.set(key, app)
      }
    }
  })
})

// Each layout loads only its app's messages (plus common): a page, or a component it
// imports, that names another app's key would show the bare key in the browser. This
// follows the imports from each tree's route files and checks every key written out.
const appDir = path.resolve(__dirname, "../..")
const allKeys = new Map(Object.entries(apps).flatMap(([app, { vi }]) => Object.keys(vi).map((key) => [key, app] as const)))

function resolveImport(from: string, spec: string): string | null {
  let base: string
  if (spec.startsWith("~/")) base = path.join(appDir, spec.slice(2))
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec)
  else return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

function filesReachedFrom(starts: string[]): Set<string> {
  const seen = new Set<string>()
  const todo = [...starts]
  while (todo.length) {
    const file = todo.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      const target = resolveImport(file, spec)
      if (target && !target.includes(`${path.sep}messages${path.sep}`)) todo.push(target)
    }
  }
  return seen
}

function routeFiles(match: RegExp): string[] {
  return routeEntries(match).flatMap((entry) => filesOf(entry))
}

function routeEntries(match: RegExp): string[] {
  return fs.readdirSync(routesDir).filter((name) => match.test(name))
}

function filesOf(entry: string): string[] {
  const dir = path.join(routesDir, entry)
  return fs.statSync(dir).isDirectory()
    ? fs.readdirSync(dir).filter((f) => !f.includes(".spec.")).map((f) => path.join(dir, f))
    : [dir]
}

const routesDir = path.join(appDir, "routes")

// A page may load a dictionary beyond its layout's in its own route module (the cart,
// checkout, order, lookup and review pages: `await loadMessages(shopOrdersMessageLoaders)`); its keys
// are then fine in what that page reaches, and only there.
const dictionaryOfLoader: Record<string, string> = {
  formsMessageLoaders: "forms",
  ordersMessageLoaders: "orders",
  shopOrdersMessageLoaders: "shop-orders",
  shopProducerMessageLoaders: "shop-producer",
  shopSearchBoxMessageLoaders: "shop-search-box",
  shopCheckoutMessageLoaders: "shop-checkout",
  shopCardPaymentMessageLoaders: "shop-card-payment",
  shopCheckoutRefusalsMessageLoaders: "shop-checkout-refusals",
  shopLookupMessageLoaders: "shop-lookup",
  shopCustomerMessageLoaders: "shop-customer",
  shopAccountMessageLoaders: "shop-account",
  shopCartMessageLoaders: "shop-cart",
  shopReviewMessageLoaders: "shop-review",
  shopHomeMessageLoaders: "shop-home",
  shopCatalogMessageLoaders: "shop-catalog",
  shopProductMessageLoaders: "shop-product",
  shopPlacesMessageLoaders: "shop-places",
  shopExperiencesMessageLoaders: "shop-experiences",
  salesPointOfflineMessageLoaders: "sales-point-offline",
}

function dictionariesLoadedBy(files: string[]): string[] {
  return files.flatMap((file) =>
    [...fs.readFileSync(file, "utf8").matchAll(/^await loadMessages\(([\w, ]+)\)/gm)].flatMap(([, loaders]) =>
      loaders.split(/,\s*/).flatMap((loader) => (loader in dictionaryOfLoader ? [dictionaryOfLoader[loader]] : [])),
    ),
  )
}

// A server module (*.server.ts) that loads a dictionary loads it on the server only: the
// browser build has no such module (the checkout's refusals, worded by its action and
// loader). Its keys are fine in what that module reaches, as with a lazy module below.
const isServerModule = (file: string) => /\.server\.tsx?$/.test(file)

// Each shop page on its own: a component two pages share must do with what both load.
const trees = [
  { app: "common", page: "root", files: [path.join(appDir, "root.tsx"), ...routeFiles(/^(language|robots|sitemap)/)] },
  ...routeEntries(/^_shop(\.|$)/).map((entry) => ({ app: "shop", page: entry, files: filesOf(entry) })),
  { app: "producer", page: "producer", files: routeFiles(/^producer(\.|$)/) },
  { app: "sales-point", page: "sales-point", files: routeFiles(/^sales-point(\.|$)/) },
].map((tree) => ({ ...tree, loads: [tree.app, ...dictionariesLoadedBy(tree.files.filter((file) => !isServerModule(file)))] }))

// A module a page imports lazily may load a dictionary at its top level (the console's
// offline selling and camera: `await loadMessages(salesPointOfflineMessageLoaders)`); its
// keys are then fine in what that module reaches, and only there.
function lazyDictionaries(reached: Set<string>, routeFiles: string[]): Map<string, string[]> {
  const extra = new Map<string, string[]>()
  for (const module of reached) {
    if (routeFiles.includes(module) && !isServerModule(module)) continue
    const loads = dictionariesLoadedBy([module])
    if (!loads.length) continue
    for (const file of filesReachedFrom([module])) extra.set(file, [...(extra.get(file) ?? []), ...loads])
  }
  return extra
}

describe("the messages a page loads", () => {
  it.each(trees)("cover every key the $page page(s) and their components name ($loads)", ({ files, loads }) => {
    expect(files.length).toBeGreaterThan(0)
    const missing: string[] = []
    const reached = filesReachedFrom(files)
    const lazy = lazyDictionaries(reached, files)
    for (const file of reached) {
      const available = [...loads, ...(lazy.get(file) ?? [])]
      const text = fs.readFileSync(file, "utf8")
      for (const [, literal] of text.matchAll(/["'`]([a-zA-Z][\w.-]*)["'`]/g)) {
        const owner = allKeys.get(literal)
        if (owner && owner !== "common" && !available.includes(owner)) missing.push(`${path.relative(appDir, file)}: ${literal} (${owner})`)
      }
      // A key built from a template (`home.scale${stars}`): every key it may name.
      for (const [, prefix] of text.matchAll(/`([a-zA-Z]\w*\.[\w.]*)\$\{/g)) {
        for (const [key, owner] of allKeys) {
          if (key.startsWith(prefix) && owner !== "common" && !available.includes(owner)) missing.push(`${path.relative(appDir, file)}: ${key} (${owner})`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it("knows the pages that load the order, payment and cart texts themselves", () => {
    const loading = (dictionary: string) => trees.filter((tree) => tree.loads.includes(dictionary)).map((tree) => tree.page).sort()
    expect(loading("shop-orders")).toEqual(
      ["_shop.account._index", "_shop.account.orders.$id", "_shop.account.orders.$id_.review.$lineId", "_shop.orders.$id._index", "_shop.orders.$id.confirmed"].sort(),
    )
    expect(loading("shop-checkout")).toEqual(["_shop.checkout"])
    // Only the checkout's server module loads them: no page's browser does.
    expect(loading("shop-checkout-refusals")).toEqual([])
    expect(loading("shop-lookup")).toEqual(["_shop.orders.lookup"])
    expect(loading("shop-cart")).toEqual(["_shop.cart"])
    // The checkout's shared texts (address, payment methods, an experience's line), not the order list's.
    expect(loading("shop-customer")).toEqual(
      ["_shop.account.addresses", "_shop.account.orders.$id", "_shop.cart", "_shop.checkout", "_shop.orders.$id._index", "_shop.orders.$id.confirmed"].sort(),
    )
    expect(loading("shop-review")).toEqual(["_shop.account.orders.$id_.review.$lineId"])
  })
})
