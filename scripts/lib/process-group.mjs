// The processes of one process group, from /proc (children.mjs starts each child as
// its own group, so the group is the child and everything it started).
import { readFileSync, readdirSync } from "node:fs"

/** The live members of group `pgid` (a zombie is not), or null where there is no /proc (macOS). */
export function groupMembers(pgid) {
  let entries
  try {
    entries = readdirSync("/proc")
  } catch {
    return null
  }
  const members = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "latin1")
      // Fields after "(comm)": state, ppid, pgrp.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(pgrp) === pgid && state !== "Z") members.push(Number(entry))
    } catch {
      // exited meanwhile
    }
  }
  return members
}
