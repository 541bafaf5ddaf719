// Builds the OCOP plugin when its sources are newer than its build. The backend
// loads the plugin from its build output: an unbuilt plugin boots without routes.
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

export async function buildPluginIfStale(root, { force = false } = {}) {
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
    { cwd: plugin }
  )
}
