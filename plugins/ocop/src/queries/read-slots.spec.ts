import { describe, expect, it } from "vitest"
import { readSlots, searchReadConnections } from "./read-slots"
import { timedReads } from "./statement-timeout"

/** A read that ends when the test says so. */
function heldRead() {
  let finish!: () => void
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { done, finish }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe("readSlots", () => {
  it("runs at most `size` reads at once, and the next in arrival order as each ends", async () => {
    const inSlot = readSlots(2)
    const reads = Array.from({ length: 4 }, () => heldRead())
    const started: number[] = []
    const results = reads.map((read, i) =>
      inSlot(async () => {
        started.push(i)
        await read.done
        return i
      })
    )
    await settle()
    expect(started).toEqual([0, 1])
    reads[1].finish()
    await settle()
    expect(started).toEqual([0, 1, 2])
    reads[0].finish()
    reads[2].finish()
    reads[3].finish()
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3])
  })

  it("gives the slot back when a read fails", async () => {
    const inSlot = readSlots(1)
    await expect(inSlot(() => Promise.reject(new Error("canceling statement due to statement timeout")))).rejects.toThrow(
      "statement timeout"
    )
    expect(await inSlot(async () => "next read")).toBe("next read")
  })

  it("bounds the search provider's timed reads, each in its own transaction", async () => {
    const reads = Array.from({ length: 3 }, () => heldRead())
    let open = 0
    let mostOpen = 0
    let next = 0
    const manager = {
      execute: async () => undefined,
      transactional: async <T>(run: (em: { execute: (sql: string) => Promise<unknown> }) => Promise<T>) => {
        open++
        mostOpen = Math.max(mostOpen, open)
        try {
          return await run({ execute: async (sql) => (sql.startsWith("select set_config") ? null : reads[next++].done) })
        } finally {
          open--
        }
      },
    }
    const timed = timedReads(manager, 5000, readSlots(1))
    const facets = ["stars", "province_code", "in_stock"].map((f) => timed.execute(`SELECT indexed->>'${f}' AS value`))
    await settle()
    expect(open).toBe(1)
    for (const read of reads) {
      read.finish()
      await settle()
    }
    await Promise.all(facets)
    expect(mostOpen).toBe(1)
  })
})

describe("searchReadConnections", () => {
  it("defaults to 4 and refuses what is not a whole number ≥ 1", () => {
    expect(searchReadConnections({})).toBe(4)
    expect(searchReadConnections({ OCOP_SEARCH_DB_CONNECTIONS: "2" })).toBe(2)
    expect(() => searchReadConnections({ OCOP_SEARCH_DB_CONNECTIONS: "0" })).toThrow("OCOP_SEARCH_DB_CONNECTIONS")
    expect(() => searchReadConnections({ OCOP_SEARCH_DB_CONNECTIONS: "two" })).toThrow("OCOP_SEARCH_DB_CONNECTIONS")
  })
})
