#!/usr/bin/env node
// npm test: builds the OCOP plugin (the backend loads it from its build output),
// then runs vitest in every workspace in turn and fails if any of them failed.
// Each workspace's vitest starts its own throwaway PostgreSQL in a child process
// unless DATABASE_URL or DB_HOST point at one (test/support/global-setup.mjs).
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { buildPluginIfStale } from "./lib/build-plugin.mjs"
import { run } from "./lib/run.mjs"
import { root } from "./lib/stack.mjs"

const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
const only = process.argv.slice(2)
const all = pkg.workspaces.flatMap((w) =>
  w.endsWith("/*")
    ? readdirSync(path.join(root, w.slice(0, -2))).map(
        (d) => `${w.slice(0, -2)}/${d}`
      )
    : [w]
)
const tested = all.filter(
  (w) =>
    JSON.parse(readFileSync(path.join(root, w, "package.json"), "utf8")).scripts
      ?.test
)
// A mistyped name must not end in "All tests passed" having run nothing.
const unknown = only.filter((w) => !tested.includes(w.replace(/\/+$/, "")))
if (unknown.length) {
  console.error(
    `Unknown workspace (or one without tests): ${unknown.join(", ")}.\n` +
      `Workspaces with tests: ${tested.join(", ")}.`
  )
  process.exit(2)
}
const workspaces = only.length
  ? tested.filter((w) => only.some((o) => o.replace(/\/+$/, "") === w))
  : tested

await buildPluginIfStale(root)

const failed = []
for (const workspace of workspaces) {
  console.log(`\n━━ ${workspace}: vitest run`)
  try {
    await run(path.join(root, "node_modules", ".bin", "vitest"), ["run"], {
      cwd: path.join(root, workspace),
      env: { MEDUSA_DISABLE_TELEMETRY: "true" },
    })
  } catch {
    failed.push(workspace)
  }
}

if (failed.length) {
  console.error(`\nTests failed in: ${failed.join(", ")}`)
  process.exit(1)
}
console.log(`\nAll tests passed in: ${workspaces.join(", ")}`)
