import { readdirSync, existsSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

// Medusa records a module's migrations by class name in one table for the whole app, so
// two modules with a migration of the same name run only the first: the second module's
// tables are never created (the policy pages' table was missing on a fresh database).
describe("module migrations", () => {
  it("have names no other module uses", () => {
    const seen = new Map<string, string[]>()
    for (const mod of readdirSync(__dirname)) {
      const dir = path.join(__dirname, mod, "migrations")
      if (!existsSync(dir)) continue
      for (const file of readdirSync(dir).filter((f) => /^Migration\d+\.ts$/.test(f)))
        seen.set(file, [...(seen.get(file) ?? []), mod])
    }
    expect(seen.size).toBeGreaterThan(10)
    expect([...seen].filter(([, mods]) => mods.length > 1)).toEqual([])
  })
})
