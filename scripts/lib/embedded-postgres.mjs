// Starts and stops the embedded PostgreSQL child process (see embedded-postgres-process.mjs).
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

const script = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "embedded-postgres-process.mjs"
)

/**
 * Spawns a cluster in `dir` and resolves once it accepts connections. Aborting
 * `signal` before then stops the child, and the promise rejects once it has exited.
 * @returns {Promise<{ port: number, user: string, password: string, url: (db: string) => string, stop: () => Promise<void> }>}
 */
export function startEmbeddedPostgres({ dir, port, throwaway = false, signal }) {
  const args = [script, "--dir", dir]
  if (port) args.push("--port", String(port))
  if (throwaway) args.push("--throwaway")
  const child = spawn(process.execPath, args, {
    stdio: ["pipe", "pipe", "inherit"],
  })
  const exited = new Promise((done) => child.once("exit", done))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
    await exited
  }
  const onAbort = () => stop()
  signal?.addEventListener("abort", onAbort, { once: true })
  if (signal?.aborted) stop()
  return new Promise((resolve, reject) => {
    let buffer = ""
    const failed = (code) =>
      reject(
        new Error(
          signal?.aborted
            ? "embedded PostgreSQL stopped during start-up"
            : `embedded PostgreSQL exited with code ${code}`
        )
      )
    child.once("exit", failed)
    child.stdout.on("data", (chunk) => {
      buffer += chunk
      const newline = buffer.indexOf("\n")
      if (newline < 0) return
      const info = JSON.parse(buffer.slice(0, newline))
      child.removeListener("exit", failed)
      signal?.removeEventListener("abort", onAbort)
      resolve({
        ...info,
        url: (db) =>
          `postgres://${info.user}:${info.password}@127.0.0.1:${info.port}/${db}`,
        stop,
      })
    })
  })
}
