import { spawn } from "node:child_process"

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: "inherit",
    })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `${[command, ...args].join(" ")} failed (${signal ?? `exit code ${code}`})`
          )
        )
    })
  })
}
