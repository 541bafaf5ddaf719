#!/usr/bin/env node
// npm start: the whole shop on this machine (see lib/stack.mjs), with the data kept
// in .data/ between runs. Prints how to get in and writes it to .data/demo.json.
import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { BACKEND_PORT, DEMO_ADMIN } from "./lib/demo.mjs"
import { childProcesses } from "./lib/children.mjs"
import { run } from "./lib/run.mjs"
import { root, startStack } from "./lib/stack.mjs"

const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 3000)
const dataDir = path.join(root, ".data")
// What runs before the stack does (the production build).
const buildChildren = childProcesses()

// Ctrl-C at any moment, start-up included, stops what has been started so far
// (startStack's signal) and exits once all of it has exited.
const interrupt = new AbortController()
let starting = null
let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\n• Stopping the shop…")
  interrupt.abort()
  await buildChildren.stop()
  const stack = await starting?.catch(() => null)
  await stack?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

// npm run start:prod (= --production [--servers N]): the build output as N servers
// and one worker behind one port, as deployed (docs/production.md).
const production = process.argv.includes("--production")
const serversArg = process.argv.indexOf("--servers")
const servers = serversArg > 0 ? Number(process.argv[serversArg + 1]) : 2
if (!Number.isInteger(servers) || servers < 1) {
  console.error("--servers wants a whole number of at least 1")
  process.exit(2)
}
// Without Redis each process keeps its own sessions and events (docs/production.md):
// a sign-in made on one server is unknown to the next, which looks like a wrong password.
if (production && !process.env.REDIS_URL) {
  console.warn(
    "! REDIS_URL is not set: the API servers and the worker will not share sign-in sessions,\n" +
      "  events or locks, so signing in and what subscribers do will fail. Set REDIS_URL\n" +
      "  (e.g. REDIS_URL=redis://127.0.0.1:6379 npm run start:prod), or run npm start."
  )
}

try {
  await mkdir(dataDir, { recursive: true })
  if (production) {
    console.log("• Building plugin, backend and storefront (npm run build)…")
    await run("npm", ["run", "build", "--silent"], { cwd: root, children: buildChildren })
  }
  starting = startStack({
    dataDir: path.join(dataDir, "postgres"),
    databaseUrl: process.env.DATABASE_URL,
    backendPort: BACKEND_PORT,
    storefrontPort: STOREFRONT_PORT,
    ...(production ? { backendMode: "production", servers } : {}),
    // OCOP_STOREFRONT=off serves the backend alone (e.g. while working on the storefront with vite dev).
    storefront: process.env.OCOP_STOREFRONT !== "off",
    signal: interrupt.signal,
  })
  const stack = await starting
  for (const child of Object.values(stack.processes)) {
    child?.on("exit", (code) => {
      if (!stopping) {
        console.error(
          `A shop process exited (code ${code}); stopping the rest.`
        )
        shutdown(code || 1)
      }
    })
  }
  const demo = {
    backend_url: stack.backendUrl,
    storefront_url:
      stack.storefrontUrl ?? `http://localhost:${STOREFRONT_PORT}`,
    admin_url: `${stack.backendUrl}/app`,
    publishable_key: stack.publishableKey,
    admin: DEMO_ADMIN,
    // Producer portal logins of the seeded producers (one demo password).
    producers: stack.producers.map(
      ({ email, password, producer_id, name }) => ({
        email,
        password,
        producer_id,
        name,
      })
    ),
    // Sales point staff logins, one per seeded point (one demo password).
    staff: stack.staff.map(
      ({ email, password, sales_point_id, sales_point_name }) => ({
        email,
        password,
        sales_point_id,
        sales_point_name,
      })
    ),
  }
  await writeFile(
    path.join(dataDir, "demo.json"),
    JSON.stringify(demo, null, 2) + "\n"
  )
  console.log(`
  OCOP Market is running.

  Storefront       ${stack.storefrontUrl ?? "(not built yet: storefront/ has no app)"}
  Backend API      ${demo.backend_url}
  Admin            ${demo.admin_url}   (${DEMO_ADMIN.email} / ${DEMO_ADMIN.password})
  Publishable key  ${demo.publishable_key}

  Try: curl -H "x-publishable-api-key: ${demo.publishable_key}" ${demo.backend_url}/store/ocop/products
  The same is written to .data/demo.json. Ctrl-C stops everything.
`)
} catch (error) {
  // Interrupted: shutdown() is already stopping what was started, and exits.
  if (!stopping) {
    console.error(`\nnpm start failed: ${error.message}`)
    await shutdown(1)
  }
}
