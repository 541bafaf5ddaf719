// The processes one run (npm start, a test's shop) started, so that stopping it ends
// all of them at any moment, start-up included. Each child gets its own process group
// (detached) and is stopped as a group: `npm run build` and `medusa develop` start
// processes of their own, which a signal to the first process alone would leave running.
import { spawn } from "node:child_process"

// A process that ignores SIGTERM this long is killed.
const GRACE_MS = 15_000

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    try {
      child.kill(signal)
    } catch {
      // already gone
    }
  }
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    // The leader is gone; whatever it left in its group goes too.
    signalGroup(child, "SIGKILL")
    return
  }
  const exited = new Promise((resolve) => child.once("exit", resolve))
  signalGroup(child, "SIGTERM")
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), GRACE_MS)
  await exited
  clearTimeout(timer)
  signalGroup(child, "SIGKILL")
}

/** A set of child processes stopped together; once stopping, it starts no more. */
export function childProcesses() {
  const started = []
  let stopping = null
  return {
    get stopping() {
      return stopping !== null
    },
    /** child_process.spawn in a process group of its own, remembered from this moment. */
    spawn(command, args, options = {}) {
      if (stopping) throw new Error(`Stopping: ${command} not started`)
      const child = spawn(command, args, { ...options, detached: true })
      if (child.pid) started.push(child)
      return child
    },
    /** Stops every child, last started first, and resolves when they have exited. */
    stop() {
      stopping ??= (async () => {
        for (const child of [...started].reverse()) await stopChild(child)
      })()
      return stopping
    },
  }
}
