// A closed-loop HTTP load: `concurrency` clients each send the next request as soon
// as the previous one answered, for `durationMs`. Returns latency percentiles and
// throughput. (autocannon reports fixed percentiles without p95, hence this.)
export async function measure(
  url,
  { headers = {}, concurrency = 8, durationMs = 10_000, warmup = 30 } = {}
) {
  const r = await measureCalls(
    async () => {
      const res = await fetch(url, { headers })
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`${url} answered ${res.status}`)
    },
    { concurrency, durationMs, warmup }
  )
  const { failed, first_error, ...result } = r
  if (failed) throw new Error(first_error)
  return result
}

/**
 * The same closed loop over any call (a POST, a pair of requests): `call(client)`
 * resolves when done and throws when refused. Percentiles are of the calls that
 * succeeded; refusals are counted, not thrown, since a write under contention may
 * be refused on purpose (409 "try again").
 */
export async function measureCalls(
  call,
  { concurrency = 8, durationMs = 10_000, warmup = 0 } = {}
) {
  for (let i = 0; i < warmup; i++) await call(0)

  const latencies = []
  let failed = 0
  let firstError = null
  const deadline = performance.now() + durationMs
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      while (performance.now() < deadline) {
        const t = performance.now()
        try {
          await call(client)
          latencies.push(performance.now() - t)
        } catch (error) {
          failed++
          firstError ??= error.message
        }
      }
    })
  )
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q) =>
    latencies.length
      ? latencies[
          Math.min(latencies.length - 1, Math.floor(q * latencies.length))
        ]
      : NaN
  return {
    requests: latencies.length,
    failed,
    ...(firstError ? { first_error: firstError } : {}),
    throughput_rps: +(latencies.length / elapsed).toFixed(1),
    p50_ms: +at(0.5).toFixed(1),
    p95_ms: +at(0.95).toFixed(1),
    p99_ms: +at(0.99).toFixed(1),
  }
}
