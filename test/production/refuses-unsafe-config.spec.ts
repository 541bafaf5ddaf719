// The built backend, started for production without its secrets and origins,
// must stop at once and say which variables to set.
import { spawn } from "node:child_process"
import path from "node:path"
import { buildBackendIfStale, buildPluginIfStale } from "../../scripts/lib/build-plugin.mjs"
import { root } from "../../scripts/lib/stack.mjs"

const serverDir = path.join(root, "backend", ".medusa", "server")

function startProduction(env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "medusa"), ["start", "--port", "0"], {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        MEDUSA_DISABLE_TELEMETRY: "true",
        NODE_ENV: "production",
        ...env,
      },
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000)
    child.on("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe("production refuses an unsafe configuration", () => {
  beforeAll(async () => {
    await buildPluginIfStale(root)
    await buildBackendIfStale(root)
  })

  it("names every missing secret and origin instead of starting on defaults", async () => {
    const { code, output } = await startProduction({})
    expect(code).not.toBe(0)
    expect(output).toContain("Refusing to start in production")
    for (const name of ["JWT_SECRET", "COOKIE_SECRET", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS", "DATABASE_URL"]) {
      expect(output).toContain(`${name} must`)
    }
  })

  it("refuses a CORS policy open to every origin even with good secrets", async () => {
    const { code, output } = await startProduction({
      JWT_SECRET: "f".repeat(64),
      COOKIE_SECRET: "e".repeat(64),
      STORE_CORS: "*",
      ADMIN_CORS: "https://admin.example.vn",
      AUTH_CORS: "https://shop.example.vn",
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
    })
    expect(code).not.toBe(0)
    expect(output).toContain('STORE_CORS must not allow every origin')
    expect(output).not.toContain("JWT_SECRET must")
  })
})
