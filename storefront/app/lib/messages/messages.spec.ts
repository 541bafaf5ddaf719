import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { commonMessages } from "./common"
import { producerMessages } from "./producer"
import { salesPointMessages } from "./sales-point"
import { shopMessages } from "./shop"

const apps = { common: commonMessages, shop: shopMessages, producer: producerMessages, "sales-point": salesPointMessages }

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
  const routesDir = path.join(appDir, "routes")
  return fs
    .readdirSync(routesDir)
    .filter((name) => match.test(name))
    .flatMap((name) => {
      const dir = path.join(routesDir, name)
      return fs.statSync(dir).isDirectory()
        ? fs.readdirSync(dir).filter((f) => !f.includes(".spec.")).map((f) => path.join(dir, f))
        : [dir]
    })
}

const trees = [
  { app: "common", files: [path.join(appDir, "root.tsx"), ...routeFiles(/^(language|robots|sitemap)/)] },
  { app: "shop", files: routeFiles(/^_shop(\.|$)/) },
  { app: "producer", files: routeFiles(/^producer(\.|$)/) },
  { app: "sales-point", files: routeFiles(/^sales-point(\.|$)/) },
]

describe("the messages a layout loads", () => {
  it.each(trees)("cover every key the $app pages and their components name", ({ app, files }) => {
    expect(files.length).toBeGreaterThan(0)
    const missing: string[] = []
    for (const file of filesReachedFrom(files)) {
      for (const [, literal] of fs.readFileSync(file, "utf8").matchAll(/["'`]([a-zA-Z][\w.-]*)["'`]/g)) {
        const owner = allKeys.get(literal)
        if (owner && owner !== "common" && owner !== app) missing.push(`${path.relative(appDir, file)}: ${literal} (${owner})`)
      }
    }
    expect(missing).toEqual([])
  })
})
