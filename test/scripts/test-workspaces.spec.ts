// `npm test -- <workspace>` runs one workspace's tests. A mistyped name used to run
// nothing and still print "All tests passed"; it must fail and say which names exist.
import { spawnSync } from "node:child_process"
import path from "node:path"
import { root } from "../../scripts/lib/stack.mjs"

describe("npm test with a workspace name", () => {
  it("fails on an unknown workspace, naming it and the real ones, before running anything", () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, "scripts", "test.mjs"), "plugins/ocop", "storefrnt"],
      { cwd: root, encoding: "utf8" }
    )
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain("storefrnt")
    expect(run.stderr).toContain("storefront")
    expect(run.stdout).not.toContain("All tests passed")
    // It stops before building the plugin or starting any vitest.
    expect(run.stdout).not.toContain("vitest run")
  })
})
