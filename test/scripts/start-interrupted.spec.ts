// Ctrl-C during `npm start`'s start-up (here while the storefront builds, the backend
// already up) must stop everything npm start started, the detached backend included,
// so the next npm start finds its ports free. npm start runs from a copy of scripts/
// next to links to the rest of the repository, so its .data/ is the test's own.
import { spawn, type ChildProcess } from "node:child_process"
import { randomUUID } from "node:crypto"
import { chmod, cp, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { root } from "../../scripts/lib/stack.mjs"
import { freePorts } from "../support/free-port"

const mark = `OCOP_START_TEST=${randomUUID()}`

/** Live processes that inherited this test's mark (zombies are dead already). */
async function marked(): Promise<number[]> {
  const pids: number[] = []
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const environ = await readFile(`/proc/${entry}/environ`, "latin1")
      if (!environ.split("\0").includes(mark)) continue
      const stat = await readFile(`/proc/${entry}/stat`, "latin1")
      if (stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z") pids.push(Number(entry))
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids
}

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

let home: string
let start: ChildProcess | null = null

afterAll(async () => {
  // A failed run must not leave a shop behind on this machine.
  for (const pid of await marked()) {
    try {
      process.kill(pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
  if (home) await rm(home, { recursive: true, force: true })
})

it("stops every process npm start started when interrupted while the storefront builds", async () => {
  home = await mkdtemp(path.join(os.tmpdir(), "ocop-start-"))
  await chmod(home, 0o755)
  await cp(path.join(root, "scripts"), path.join(home, "scripts"), { recursive: true })
  for (const name of ["package.json", "node_modules", "backend", "plugins", "storefront"])
    await symlink(path.join(root, name), path.join(home, name))
  const [backendPort, storefrontPort] = await freePorts(2)
  const ports = { backend: backendPort, storefront: storefrontPort }

  const [key, value] = mark.split("=")
  start = spawn(process.execPath, [path.join(home, "scripts", "start.mjs")], {
    cwd: home,
    env: {
      ...process.env,
      [key]: value,
      PORT: String(ports.backend),
      STOREFRONT_PORT: String(ports.storefront),
      MEDUSA_DISABLE_TELEMETRY: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const exited = new Promise<number | null>((resolve) => start!.once("exit", (code) => resolve(code)))
  const storefrontBuilding = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes("Building and starting the storefront")) resolve()
    }
    start!.stdout!.on("data", onData)
    start!.stderr!.on("data", (chunk) => (output += chunk))
    exited.then(() => reject(new Error(`npm start exited before the storefront build:\n${output}`)))
  })
  await storefrontBuilding
  expect(output).toContain(`Starting the backend on http://localhost:${ports.backend}`)

  start.kill("SIGINT")
  expect(await exited).toBe(0)
  expect(output).toContain("Stopping the shop")
  expect(await marked()).toEqual([])
  expect(await portIsFree(ports.backend)).toBe(true)
  expect(await portIsFree(ports.storefront)).toBe(true)
}, 900_000)
