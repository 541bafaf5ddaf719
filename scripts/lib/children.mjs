// The processes one run (npm start, a test's shop) started, so that stopping it ends
// all of them at any moment, start-up included. Each child gets its own process group
// (detached) and is stopped as a group: `npm run build` and `medusa develop` start
// processes of their own, which a signal to the first process alone would leave running.
import { spawn } from "node:child_process"
import { groupMembers } from "./process-group.mjs"

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

/** Whether any process of the group is alive (a zombie is not). */
function groupAlive(pgid) {
  const members = groupMembers(pgid)
  if (members) return members.length > 0
  // No /proc (macOS): a signal 0 to the group says whether it has members.
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

async function groupExited(child, ms) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const leaderGone = child.exitCode !== null || child.signalCode !== null
    if (leaderGone && !groupAlive(child.pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

// The whole group, not only its first process: a caller that exits next must
// leave nothing behind holding a port.
async function stopChild(child) {
  signalGroup(child, "SIGTERM")
  if (await groupExited(child, GRACE_MS)) return
  signalGroup(child, "SIGKILL")
  await groupExited(child, GRACE_MS)
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
