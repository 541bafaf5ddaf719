// What each page of the production build makes the browser load, gzip: Remix's
// route manifest script, the client entry, the page's route module and those of the
// layouts above it, every chunk they import statically, transitively, and the
// messages of the page's language, which the root and layouts import dynamically
// (counted in Vietnamese: the default, and the longer). Other dynamic imports are
// left out: they load only when used. Read from Vite's manifest, which
// Remix moves to <build>/.vite/client-manifest.json, and Remix's browser manifest
// (<build>/client/assets/manifest-<version>.js) for which layouts enclose which page.
// <build> is the budget's own production build in .cache/budget-build (buildForBudget):
// build/ may be a running storefront's, or a test build (NODE_ENV=test, React's
// development bundle). `node scripts/bundle-budget.mjs` builds if needed and prints the table.
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

export const storefrontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const buildDir = path.join(storefrontDir, ".cache/budget-build")
export const viteManifestPath = path.join(buildDir, ".vite/client-manifest.json")
const clientDir = path.join(buildDir, "client")

/** The budget written in the repo. */
export function readBudget() {
  return JSON.parse(readFileSync(path.join(storefrontDir, "bundle-budget.json"), "utf8"))
}

/** Whether the build in `dir` is missing or older than a source it is made from. */
export function buildIsStale(dir = buildDir) {
  const manifest = path.join(dir, ".vite/client-manifest.json")
  if (!existsSync(manifest)) return true
  const built = statSync(manifest).mtimeMs
  const sources = ["app", "vite.config.ts", "package.json"].map((p) => path.join(storefrontDir, p))
  return sources.some((source) => newestChange(source) > built)
}

// `npm run build` (build/) is the same production build when it is current and was
// made with NODE_ENV=production (vite.config.ts writes build-mode.txt; the browser
// tests build with NODE_ENV=test). CI runs `npm run build` just before `npm test`.
const appBuildDir = path.join(storefrontDir, "build")
function appBuildIsProductionAndCurrent() {
  const mode = path.join(appBuildDir, "build-mode.txt")
  return existsSync(mode) && readFileSync(mode, "utf8").trim() === "production" && !buildIsStale(appBuildDir)
}

/** Builds the production bundle the budget reads, when it is missing or stale. */
export function buildForBudget() {
  if (!buildIsStale()) return
  // A copy, not build/ itself: a running storefront may rebuild build/ under the test.
  if (appBuildIsProductionAndCurrent()) {
    rmSync(buildDir, { recursive: true, force: true })
    cpSync(appBuildDir, buildDir, { recursive: true, preserveTimestamps: true })
    if (!buildIsStale()) return
  }
  execFileSync("npx", ["remix", "vite:build"], {
    cwd: storefrontDir,
    stdio: "ignore",
    // vitest runs with NODE_ENV=test, which would build React's development bundle.
    env: { ...process.env, NODE_ENV: "production", STOREFRONT_BUILD_DIR: path.relative(storefrontDir, buildDir) },
  })
}

function newestChange(file) {
  const stat = statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestChange(path.join(file, name))))
}

// One language's dictionary: lib/messages/<app>/vi.ts.
const isPageMessages = (key) => /(^|\/)lib\/messages\/[^/]+\/vi\.ts$/.test(key)

const gzipSizes = new Map()
function gzipSize(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(path.join(clientDir, file)), { level: 9 }).length)
  return gzipSizes.get(file)
}

// With lazy route discovery a page does not load the whole route manifest: the
// server inlines the entries of the page's own routes (counted here the same way).
// The future flags are in the server build's entry, or in the chunk it re-exports from
// when the build is split (a dynamic import that shares modules with the pages splits it).
function lazyRouteDiscovery() {
  const serverDir = path.join(buildDir, "server")
  const files = ["index.js", ...readdirSync(path.join(serverDir, "assets")).filter((f) => /^server-build-[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`)]
  return files.some((file) => /"v3_lazyRouteDiscovery":\s*true/.test(readFileSync(path.join(serverDir, file), "utf8")))
}

function remixManifest() {
  const assets = path.join(clientDir, "assets")
  const file = readdirSync(assets).find((name) => /^manifest-[\w-]+\.js$/.test(name))
  if (!file) throw new Error(`No Remix manifest in ${assets}: build the storefront first`)
  const text = readFileSync(path.join(assets, file), "utf8")
  return { file: `assets/${file}`, manifest: JSON.parse(text.slice(text.indexOf("=") + 1).replace(/;\s*$/, "")) }
}

/**
 * Every page with its gzip total and its chunks, biggest first:
 * `[{ id, kb, chunks: [{ file, source, kb }] }]`.
 */
export function measurePages() {
  const vite = JSON.parse(readFileSync(viteManifestPath, "utf8"))
  const { file: manifestFile, manifest } = remixManifest()
  const lazy = lazyRouteDiscovery()
  const byFile = new Map(Object.entries(vite).map(([key, chunk]) => [chunk.file, { key, ...chunk }]))
  const chunkOf = (publicUrl) => {
    const chunk = byFile.get(publicUrl.replace(/^\//, ""))
    if (!chunk) throw new Error(`${publicUrl} is not in Vite's manifest`)
    return chunk
  }
  const withImports = (start) => {
    const seen = new Set()
    const visit = (key) => {
      if (seen.has(key)) return
      seen.add(key)
      for (const imported of vite[key].imports ?? []) visit(imported)
      for (const imported of vite[key].dynamicImports ?? []) if (isPageMessages(imported)) visit(imported)
    }
    for (const chunk of start) visit(chunk.key)
    return [...seen].map((key) => vite[key])
  }
  const routes = manifest.routes
  const ancestry = (id) => (id ? [...ancestry(routes[id].parentId), routes[id]] : [])
  const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10
  // A route without a component (robots.txt, a CSV, a JSON resource) builds to an
  // empty module that imports nothing: no page loads it.
  const pages = Object.values(routes).filter((route) => route.id !== "root" && chunkOf(route.module).imports?.length)
  // A layout is a page only when it renders something of its own at its URL.
  const isParent = new Set(Object.values(routes).map((route) => route.parentId))
  return pages
    .filter((route) => !isParent.has(route.id) || route.index)
    .map((route) => {
      const chunks = withImports([chunkOf(manifest.entry.module), ...ancestry(route.id).map((r) => chunkOf(r.module))])
        .map((chunk) => ({ file: chunk.file, source: chunk.src ?? chunk.name ?? chunk.file, bytes: gzipSize(chunk.file) }))
        .concat([
          lazy
            ? {
                file: "(inline)",
                source: "Remix route manifest (the page's routes)",
                bytes: gzipSync(JSON.stringify({ entry: manifest.entry, routes: ancestry(route.id), url: manifest.url, version: manifest.version })).length,
              }
            : { file: manifestFile, source: "Remix route manifest", bytes: gzipSize(manifestFile) },
        ])
        .sort((a, b) => b.bytes - a.bytes)
      const total = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0)
      return { id: route.id, kb: kb(total), chunks: chunks.map(({ file, source, bytes }) => ({ file, source, kb: kb(bytes) })) }
    })
    .sort((a, b) => b.kb - a.kb)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildForBudget()
  const { max_gzip_kb_per_page: budget } = readBudget()
  for (const page of measurePages()) {
    const top = page.chunks.slice(0, 3).map((c) => `${c.source} ${c.kb}`).join(", ")
    console.log(`${page.kb > budget ? "OVER" : "ok  "} ${String(page.kb).padStart(6)} KB  ${page.id}  (${top})`)
  }
}
