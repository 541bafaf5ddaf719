// Builds the OCOP plugin when its sources are newer than its build. The backend
// loads the plugin from its build output: an unbuilt plugin boots without routes.
// Likewise the backend's production build (`medusa build`), which the production
// mode and its tests run from.
import { existsSync, readdirSync, statSync } from "node:fs"
import path from "node:path"
import { run } from "./run.mjs"

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full))
    else newest = Math.max(newest, statSync(full).mtimeMs)
  }
  return newest
}

export async function buildPluginIfStale(root, { force = false, children } = {}) {
  const plugin = path.join(root, "plugins", "ocop")
  const marker = path.join(
    plugin,
    ".medusa",
    "server",
    "src",
    "admin",
    "index.js"
  )
  const stale =
    force ||
    !existsSync(marker) ||
    Math.max(
      newestMtime(path.join(plugin, "src")),
      statSync(path.join(plugin, "package.json")).mtimeMs
    ) > statSync(marker).mtimeMs
  if (!stale) {
    console.log("• OCOP plugin build is up to date")
    return
  }
  console.log("• Building the OCOP plugin (medusa plugin:build)…")
  await run(
    path.join(root, "node_modules", ".bin", "medusa"),
    ["plugin:build"],
    { cwd: plugin, children }
  )
}

/** Runs the backend's `npm run build` when its build is missing or older than its sources or the plugin's build. */
export async function buildBackendIfStale(root, { children } = {}) {
  const backend = path.join(root, "backend")
  const marker = path.join(backend, ".medusa", "server", "medusa-config.js")
  const pluginBuild = path.join(root, "plugins", "ocop", ".medusa", "server")
  const sources = [
    newestMtime(path.join(backend, "src")),
    newestMtime(path.join(backend, "config")),
    statSync(path.join(backend, "medusa-config.ts")).mtimeMs,
    existsSync(pluginBuild) ? newestMtime(pluginBuild) : 0,
  ]
  if (existsSync(marker) && Math.max(...sources) <= statSync(marker).mtimeMs) {
    console.log("• Backend build is up to date")
    return
  }
  console.log("• Building the backend (medusa build)…")
  await run("npm", ["run", "build", "--silent"], { cwd: backend, children })
}
