// Starts and stops the embedded PostgreSQL child process (see embedded-postgres-process.mjs).
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

const script = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "embedded-postgres-process.mjs"
)

/**
 * Spawns a cluster in `dir` and resolves once it accepts connections.
 * @returns {Promise<{ port: number, user: string, password: string, url: (db: string) => string, stop: () => Promise<void> }>}
 */
export function startEmbeddedPostgres({ dir, port, throwaway = false }) {
  const args = [script, "--dir", dir]
  if (port) args.push("--port", String(port))
  if (throwaway) args.push("--throwaway")
  const child = spawn(process.execPath, args, {
    stdio: ["pipe", "pipe", "inherit"],
  })
  return new Promise((resolve, reject) => {
    let buffer = ""
    child.once("exit", (code) =>
      reject(new Error(`embedded PostgreSQL exited with code ${code}`))
    )
    child.stdout.on("data", (chunk) => {
      buffer += chunk
      const newline = buffer.indexOf("\n")
      if (newline < 0) return
      const info = JSON.parse(buffer.slice(0, newline))
      child.removeAllListeners("exit")
      const exited = new Promise((done) => child.once("exit", done))
      resolve({
        ...info,
        url: (db) =>
          `postgres://${info.user}:${info.password}@127.0.0.1:${info.port}/${db}`,
        stop: async () => {
          if (child.exitCode === null) child.kill("SIGTERM")
          await exited
        },
      })
    })
  })
}
