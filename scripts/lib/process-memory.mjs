// Resident memory of the processes a bench started, read from /proc at the end of
// its run (issue 18: each production process ≤ 400 MB RSS after the bench).
import { readFileSync } from "node:fs"
import { groupMembers } from "./process-group.mjs"

/** VmRSS of one process in MB, or null when it is gone (or there is no /proc). */
function rssMb(pid) {
  try {
    const found = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "latin1"))
    return found ? +(Number(found[1]) / 1024).toFixed(1) : null
  } catch {
    return null
  }
}

/**
 * CPU seconds (user + system) the group `pgid` has used so far: read before and after
 * a phase, the difference over the phase's length is how busy the process was.
 */
export function groupCpuSeconds(pgid) {
  let ticks = 0
  for (const pid of new Set([pgid, ...(groupMembers(pgid) ?? [])])) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "latin1")
      // Fields after "(comm)": utime and stime are the 12th and 13th, in clock ticks (100 a second).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // exited meanwhile
    }
  }
  return ticks / 100
}

/**
 * For each named child process: the RSS of the largest process of its group (the
 * server itself: `npm run start` puts npm and a shell in front of remix-serve), and
 * the whole group's. Children that are gone or unnamed are left out.
 * @param {Record<string, import("node:child_process").ChildProcess | null | undefined>} processes
 * @returns {{ process: string, pid: number, rss_mb: number, group_rss_mb: number }[]}
 */
export function processMemory(processes) {
  const rows = []
  for (const [name, child] of Object.entries(processes ?? {})) {
    if (!child?.pid) continue
    const sizes = [child.pid, ...(groupMembers(child.pid) ?? []).filter((pid) => pid !== child.pid)]
      .map((pid) => ({ pid, rss: rssMb(pid) }))
      .filter((p) => p.rss !== null)
    if (!sizes.length) continue
    const largest = sizes.reduce((a, b) => (b.rss > a.rss ? b : a))
    rows.push({
      process: name,
      pid: largest.pid,
      rss_mb: largest.rss,
      group_rss_mb: +sizes.reduce((sum, p) => sum + p.rss, 0).toFixed(1),
    })
  }
  return rows
}

