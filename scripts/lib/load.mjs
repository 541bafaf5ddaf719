// A closed-loop HTTP load: `concurrency` clients each send the next request as soon
// as the previous one answered, for `durationMs`. Returns latency percentiles and
// throughput. (autocannon reports fixed percentiles without p95, hence this.)
export async function measure(
  url,
  { headers = {}, concurrency = 8, durationMs = 10_000, warmup = 30 } = {}
) {
  const once = async () => {
    const started = performance.now()
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${url} answered ${res.status}`)
    return performance.now() - started
  }
  for (let i = 0; i < warmup; i++) await once()

  const latencies = []
  const deadline = performance.now() + durationMs
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) latencies.push(await once())
    })
  )
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
  return {
    requests: latencies.length,
    throughput_rps: +(latencies.length / elapsed).toFixed(1),
    p50_ms: +at(0.5).toFixed(1),
    p95_ms: +at(0.95).toFixed(1),
    p99_ms: +at(0.99).toFixed(1),
  }
}
