// The backend as it runs in production: the `medusa build` output started as N
// HTTP servers (MEDUSA_WORKER_MODE=server) and one worker (subscribers and
// scheduled jobs), with a small round-robin proxy (httpxy) on the public port so
// the storefront and the admin see one address. In a real deployment the load
// balancer of the host plays the proxy's part (docs/production.md).
import { randomBytes } from "node:crypto"
import { openSync } from "node:fs"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import http from "node:http"
import path from "node:path"
import { createProxyServer } from "httpxy"
import { buildBackendIfStale } from "./build-plugin.mjs"
import { copyStatic } from "./copy-static.mjs"

/**
 * The variables production refuses to start without (backend/config/production-safety.ts),
 * filled for a run on this machine: the caller's values win, secrets are generated
 * once and kept in .data/production-secrets.json so sessions survive a restart.
 */
export async function localProductionEnv({ dataDir, backendUrl, storefrontUrl }) {
  const file = path.join(dataDir, "production-secrets.json")
  let secrets
  try {
    secrets = JSON.parse(await readFile(file, "utf8"))
  } catch {
    secrets = {}
  }
  const missing = ["JWT_SECRET", "COOKIE_SECRET", "SESSION_SECRET"].filter((k) => !secrets[k])
  if (missing.length) {
    for (const k of missing) secrets[k] = randomBytes(32).toString("hex")
    await mkdir(dataDir, { recursive: true })
    await writeFile(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  }
  const env = process.env
  return {
    NODE_ENV: "production",
    JWT_SECRET: env.JWT_SECRET || secrets.JWT_SECRET,
    COOKIE_SECRET: env.COOKIE_SECRET || secrets.COOKIE_SECRET,
    // The storefront's cookie sessions: signed with a real secret, sent over https
    // only (browsers treat http://localhost as secure, so a local run still works).
    SESSION_SECRET: env.SESSION_SECRET || secrets.SESSION_SECRET,
    SESSION_COOKIE_SECURE: env.SESSION_COOKIE_SECURE || "true",
    STORE_CORS: env.STORE_CORS || storefrontUrl,
    ADMIN_CORS: env.ADMIN_CORS || backendUrl,
    AUTH_CORS: env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
  }
}

/**
 * The servers' and workers' own ports: those given, then counted up from `first`, past
 * the ports the caller holds (`PORT=9700 STOREFRONT_PORT=9701` must not give 9701 to a
 * server as well).
 * @param {{ count: number, given?: number[], first: number, avoid: number[] }} options
 */
export function internalPorts({ count, given = [], first, avoid }) {
  const ports = given.slice(0, count)
  for (let next = first; ports.length < count; next++) {
    if (!avoid.includes(next) && !ports.includes(next)) ports.push(next)
  }
  return ports
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${url}: the process exited with code ${child.exitCode}`)
    }
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url}/health did not answer within ${timeoutMs / 1000}s`)
}

/**
 * @param {{ backendDir: string, env: Record<string,string>, port: number,
 *   servers: number, workers?: number, firstInternalPort: number, ports?: number[], avoid?: number[],
 *   logDir?: string, stdio: any,
 *   log: (line: string) => void, children: ReturnType<import("./children.mjs").childProcesses> }} options
 * Every process is started through `children`, so the caller's stop() ends them.
 */
export async function startProductionBackend(options) {
  const serverDir = path.join(options.backendDir, ".medusa", "server")
  await buildBackendIfStale(path.join(options.backendDir, ".."), { children: options.children })
  await copyStatic(options.backendDir)
  const medusa = path.join(options.backendDir, "..", "node_modules", ".bin", "medusa")
  // The servers trust the proxies the operator puts in front (OCOP_TRUSTED_PROXIES)
  // plus this one, which appends the address it saw to X-Forwarded-For (below).
  const outerProxies = Number(options.env.OCOP_TRUSTED_PROXIES || 0)
  if (!Number.isInteger(outerProxies) || outerProxies < 0) {
    throw new Error(`OCOP_TRUSTED_PROXIES must be a whole number of proxies, not "${options.env.OCOP_TRUSTED_PROXIES}"`)
  }
  const launch = (name, mode, port) => {
    // With logDir each process writes its own file (the scale-out tests read them).
    const stdio = options.logDir
      ? ["ignore", ...Array(2).fill(openSync(path.join(options.logDir, `${name}.log`), "a"))]
      : options.stdio
    const child = options.children.spawn(medusa, ["start", "--port", String(port)], {
      cwd: serverDir,
      env: {
        ...options.env,
        MEDUSA_WORKER_MODE: mode,
        PORT: String(port),
        OCOP_TRUSTED_PROXIES: String(outerProxies + 1),
      },
      stdio,
    })
    return { name, child, url: `http://localhost:${port}` }
  }

  const ports = internalPorts({
    count: options.servers + (options.workers ?? 1),
    given: options.ports,
    first: options.firstInternalPort,
    avoid: [options.port, ...(options.avoid ?? [])],
  })
  const portAt = (i) => ports[i]
  const servers = Array.from({ length: options.servers }, (_, i) =>
    launch(`server${i + 1}`, "server", portAt(i))
  )
  const workers = Array.from({ length: options.workers ?? 1 }, (_, i) =>
    launch(`worker${i + 1}`, "worker", portAt(options.servers + i))
  )
  options.log(
    `• Production backend: ${options.servers} server(s) on ${servers.map((s) => s.url).join(", ")}, worker(s) on ${workers.map((w) => w.url).join(", ")}`
  )
  await Promise.all(
    [...servers, ...workers].map(({ url, child }) => waitForHealth(url, child, 180_000))
  )

  const proxy = createProxyServer({ xfwd: true })
  let next = 0
  const front = http.createServer((req, res) => {
    const target = servers[next++ % servers.length].url
    // httpxy's xfwd passes a client's own X-Forwarded-For on untouched; a proxy
    // must append the address it saw, or the servers' rate limits key on what the
    // client wrote.
    const prior = req.headers["x-forwarded-for"]
    const seen = req.socket.remoteAddress ?? ""
    req.headers["x-forwarded-for"] = prior ? `${prior}, ${seen}` : seen
    proxy.web(req, res, { target }).catch(() => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" })
      res.end(JSON.stringify({ type: "unavailable", message: "No backend server answered" }))
    })
  })
  // A port taken by someone else must fail the start, not surface later as an
  // uncaught exception while the caller waits.
  await new Promise((resolve, reject) => {
    front.once("error", reject)
    front.listen(options.port, () => {
      front.off("error", reject)
      resolve()
    })
  })
  options.log(`• Round-robin proxy on http://localhost:${options.port}`)

  return {
    url: `http://localhost:${options.port}`,
    serverUrls: servers.map((s) => s.url),
    workerUrls: workers.map((w) => w.url),
    processes: Object.fromEntries([...servers, ...workers].map((p) => [p.name, p.child])),
    closeProxy: () => new Promise((resolve) => front.close(() => resolve())),
  }
}
