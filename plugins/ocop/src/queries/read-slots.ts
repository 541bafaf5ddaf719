/**
 * At most `size` reads at once, the others waiting in arrival order: how many pooled
 * database connections one kind of read may hold (docs/speed.md, "Isolation"). The
 * search provider runs each facet count in a transaction of its own, in parallel; three
 * searches at once took all ten of a server's pooled connections, and a product page,
 * a cart and the regions waited behind them for the length of the burst.
 */
export function readSlots(size: number) {
  if (!Number.isInteger(size) || size < 1) throw new Error(`read slots must be a whole number ≥ 1, got ${size}`)
  let running = 0
  const waiting: Array<() => void> = []
  const release = () => {
    const next = waiting.shift()
    // The slot passes straight to the first in line, so the count never dips.
    if (next) next()
    else running--
  }
  return async function inSlot<T>(read: () => Promise<T>): Promise<T> {
    if (running < size) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await read()
    } finally {
      release()
    }
  }
}

/**
 * OCOP_SEARCH_DB_CONNECTIONS: the pooled connections a server's searches may hold at
 * once (default 4 of MikroORM's 10). A value that is not a whole number ≥ 1 stops the start.
 */
export function searchReadConnections(env: Record<string, string | undefined> = process.env): number {
  const value = env.OCOP_SEARCH_DB_CONNECTIONS
  if (value === undefined || value.trim() === "") return 4
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`OCOP_SEARCH_DB_CONNECTIONS must be a whole number ≥ 1, got "${value}"`)
  return n
}
