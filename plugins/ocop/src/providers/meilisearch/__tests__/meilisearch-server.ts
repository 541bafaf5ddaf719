import { createServer, type Server } from "node:http"

export type RecordedRequest = { method: string; path: string; body: any }

/**
 * A stand-in for the Meilisearch HTTP API: records every request the provider
 * makes and answers with responses of the documented shapes (tasks enqueued then
 * succeeded, index list, stats, multi-search). It keeps documents per index so
 * a search returns them, with facet distributions counted from them; it does not
 * filter or rank: tests that need that run against a real Meilisearch.
 */
export async function startMeilisearchStandIn() {
  const requests: RecordedRequest[] = []
  const documents = new Map<string, Map<string, any>>()
  const tasks = new Map<number, any>()
  let nextTask = 0
  const enqueue = (indexUid: string | null, type: string) => {
    const uid = nextTask++
    const enqueuedAt = new Date().toISOString()
    tasks.set(uid, { uid, indexUid, status: "succeeded", type, enqueuedAt, startedAt: enqueuedAt, finishedAt: enqueuedAt, duration: "PT0S", error: null, details: {} })
    return { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt }
  }
  const docsOf = (uid: string) => {
    if (!documents.has(uid)) documents.set(uid, new Map())
    return documents.get(uid)!
  }
  const primaryKeys = new Map<string, string>()

  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x")
      const body = raw ? JSON.parse(raw) : undefined
      requests.push({ method: req.method!, path: url.pathname, body })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(payload))
      }
      const parts = url.pathname.split("/").filter(Boolean)
      const m = req.method
      if (m === "POST" && url.pathname === "/indexes") {
        primaryKeys.set(body.uid, body.primaryKey)
        docsOf(body.uid)
        return send(202, enqueue(body.uid, "indexCreation"))
      }
      if (m === "GET" && parts[0] === "tasks" && parts[1]) {
        const task = tasks.get(Number(parts[1]))
        return task ? send(200, task) : send(404, { message: "Task not found", code: "task_not_found", type: "invalid_request", link: "" })
      }
      if (m === "GET" && url.pathname === "/indexes") {
        const results = [...documents.keys()].map((uid) => ({ uid, primaryKey: primaryKeys.get(uid) ?? "id", createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z" }))
        return send(200, { results, offset: 0, limit: 1000, total: results.length })
      }
      if (m === "GET" && url.pathname === "/stats") {
        const indexes = Object.fromEntries([...documents].map(([uid, d]) => [uid, { numberOfDocuments: d.size, isIndexing: false, fieldDistribution: {} }]))
        return send(200, { databaseSize: 0, lastUpdate: null, indexes })
      }
      if (parts[0] === "indexes" && parts[1]) {
        const uid = parts[1]
        if (m === "PATCH" && parts[2] === "settings") return send(202, enqueue(uid, "settingsUpdate"))
        if (m === "DELETE" && parts.length === 2) {
          documents.delete(uid)
          return send(202, enqueue(uid, "indexDeletion"))
        }
        if (parts[2] === "documents") {
          const docs = docsOf(uid)
          const pk = url.searchParams.get("primaryKey") ?? primaryKeys.get(uid) ?? "id"
          if (m === "POST" && parts.length === 3) {
            for (const d of body) docs.set(String(d[pk]), d)
            return send(202, enqueue(uid, "documentAdditionOrUpdate"))
          }
          if (m === "POST" && parts[3] === "delete-batch") {
            for (const id of body) docs.delete(String(id))
            return send(202, enqueue(uid, "documentDeletion"))
          }
          if (m === "POST" && parts[3] === "delete") return send(202, enqueue(uid, "documentDeletion"))
          if (m === "DELETE" && parts.length === 3) {
            docs.clear()
            return send(202, enqueue(uid, "documentDeletion"))
          }
        }
      }
      if (m === "POST" && url.pathname === "/multi-search") {
        const results = body.queries.map((q: any) => {
          const all = [...docsOf(q.indexUid).values()]
          const facetDistribution = q.facets
            ? Object.fromEntries(
                q.facets.map((f: string) => {
                  const counts: Record<string, number> = {}
                  for (const d of all) for (const v of [d[f]].flat()) if (v != null) counts[String(v)] = (counts[String(v)] ?? 0) + 1
                  return [f, counts]
                })
              )
            : undefined
          const hits = all.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 20))
          return { indexUid: q.indexUid, hits, query: q.q ?? "", processingTimeMs: 1, limit: q.limit ?? 20, offset: q.offset ?? 0, estimatedTotalHits: all.length, ...(facetDistribution ? { facetDistribution, facetStats: {} } : {}) }
        })
        return send(200, { results })
      }
      send(404, { message: `no route for ${m} ${url.pathname}`, code: "not_found", type: "invalid_request", link: "" })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    // Kept-alive client sockets would otherwise still reach a "closed" server.
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
