// Bench-only: how long each process's event loop was held up, once a second. Loaded into
// the servers by the isolation bench through NODE_OPTIONS="--import <this file>" with
// BENCH_EVENT_LOOP_DIR set; the shop's code knows nothing of it. Each process appends
// `{ t, p50_ms, p99_ms, max_ms, heap_used_mb, heap_total_mb }` lines to <dir>/<pid>.jsonl:
// the V8 heap beside the RSS tells live objects from memory the process keeps around.
import { appendFileSync } from "node:fs"
import path from "node:path"
import { monitorEventLoopDelay } from "node:perf_hooks"

const dir = process.env.BENCH_EVENT_LOOP_DIR
if (dir) {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  const file = path.join(dir, `${process.pid}.jsonl`)
  const ms = (ns) => +(ns / 1e6).toFixed(1)
  const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1)
  setInterval(() => {
    try {
      const { heapUsed, heapTotal } = process.memoryUsage()
      appendFileSync(
        file,
        JSON.stringify({
          t: Date.now(),
          p50_ms: ms(histogram.percentile(50)),
          p99_ms: ms(histogram.percentile(99)),
          max_ms: ms(histogram.max),
          heap_used_mb: mb(heapUsed),
          heap_total_mb: mb(heapTotal),
        }) + "\n"
      )
    } catch {
      // the bench removed its folder: nothing left to report to
    }
    histogram.reset()
  }, 1000).unref()
}
