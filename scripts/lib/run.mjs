import { spawn } from "node:child_process"

/**
 * Runs a command to completion with inherited output; rejects on a non-zero exit.
 * With `children` (lib/children.mjs) the process is theirs to stop.
 */
export function run(command, args, { cwd, env, children } = {}) {
  return new Promise((resolve, reject) => {
    const options = { cwd, env: { ...process.env, ...env }, stdio: "inherit" }
    const child = children
      ? children.spawn(command, args, options)
      : spawn(command, args, options)
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
