// The machine's load average, written beside every bench figure: the bench runs on a
// shared 2-core machine, where a figure means little without it.
import os from "node:os"

/** The 1/5/15-minute load average, one decimal each. */
export const loadAverage = () => os.loadavg().map((l) => +l.toFixed(1))

/**
 * Brackets a phase of a run: `const load = loadSpan()` at its start, `load.end()` at
 * its end gives `{ start: [1, 5, 15 min], end: [...] }` for the result JSON.
 */
export function loadSpan() {
  const start = loadAverage()
  return { start, end: () => ({ start, end: loadAverage() }) }
}
