import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { gunzipSync } from "node:zlib"
import { Client } from "pg"

// Decision 012: a shop whose database was created by the single `ocop` module (8b56bd1)
// upgrades with `medusa db:migrate` and keeps every row; the former relations read
// through the links, and its schema ends up the same as a fresh database's.

const backendDir = path.resolve(__dirname, "../..")
const dumpFile = path.join(__dirname, "pre-split/pre-split.sql.gz")
const suffix = `${process.pid}`
const upgradedDb = `ocop_upgrade_${suffix}`
const freshDb = `ocop_fresh_${suffix}`

function serverUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = encodeURIComponent(process.env.DB_PASSWORD ?? "")
  const host = process.env.DB_HOST ?? "localhost"
  return `postgres://${user}:${password}@${host}:${process.env.DB_PORT ?? "5432"}/${database}`
}

async function withClient<T>(database: string, fn: (c: Client) => Promise<T>) {
  const client = new Client({ connectionString: serverUrl(database) })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

function medusa(database: string, args: string[]) {
  const run = spawnSync("npx", ["medusa", ...args], {
    cwd: backendDir,
    env: { ...process.env, DATABASE_URL: serverUrl(database) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) {
    throw new Error(
      `medusa ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`
    )
  }
  return run.stdout
}

/** Every row of every OCOP table (models, link tables, the staff pivot), in a stable order. */
async function ocopRows(database: string) {
  return withClient(database, async (c) => {
    const tables = (
      await c.query(
        `select table_name from information_schema.tables
          where table_schema = 'public' and table_name like 'ocop\\_%' and table_name <> 'ocop_search_word'
          order by table_name`
      )
    ).rows.map((r) => r.table_name as string)
    const rows: Record<string, unknown[]> = {}
    for (const table of tables) {
      rows[table] = (
        await c.query(`select * from "${table}" order by 1, 2`)
      ).rows
    }
    return rows
  })
}

// The Search Module's physical index tables (search_pg_<index>[_vN]) are derived data: it
// opens a new version of an index when the index's document changes (issue 20 changed
// ocop_product) and `npm run reindex` fills it. They are not the modules' schema.
const SEARCH_INDEX_TABLE = /^search_pg_/
// Core's tables are Medusa's, created in a different order by a dump's restore than by
// its migrations (PostgreSQL 18 then numbers NOT NULL constraint names differently):
// the upgrade is about the OCOP modules' and links' tables.
const OURS = (table: string) => table.startsWith("ocop_") && !SEARCH_INDEX_TABLE.test(table)
// "<table>_<column>_not_null1": PostgreSQL's suffix when the plain name was taken.
const notNullName = (k: { conname: string; def: string }) =>
  k.def.startsWith("NOT NULL") ? { ...k, conname: k.conname.replace(/_not_null\d+$/, "_not_null") } : k

/**
 * An index definition without casts and parentheses. PostgreSQL prints an index it read
 * back from a dump with its casts nested differently (core's workflow_execution
 * retention index: `ANY ((ARRAY['done'::character varying])::text[])` against
 * `ANY (ARRAY[('done'::character varying)::text])`): the same index, two spellings.
 */
const sameMeaning = (def: string) =>
  def.replace(/::[a-z ]+(\[\])?/g, "").replace(/[()]/g, "").replace(/\s+/g, " ")

/** Columns, indexes and constraints of the OCOP tables, and the link tables Medusa tracks. */
async function schemaOf(database: string) {
  return withClient(database, async (c) => {
    const columns = await c.query(
      `select table_name, column_name, data_type, is_nullable, column_default
         from information_schema.columns where table_schema = 'public'
        order by table_name, column_name`
    )
    const indexes = await c.query(
      `select tablename, indexname, indexdef from pg_indexes
        where schemaname = 'public' order by tablename, indexname`
    )
    const constraints = await c.query(
      `select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as def
         from pg_constraint where connamespace = 'public'::regnamespace
        order by 1, 2`
    )
    const links = await c.query(
      `select table_name, link_descriptor from link_module_migrations order by table_name`
    )
    return {
      // Medusa's own workflow-engine migration sets a random id as the default of
      // workflow_execution.run_id, so no two databases agree on that one value.
      columns: columns.rows.filter((c) => OURS(c.table_name)).map((c) =>
        /^'[0-9A-Z]{26}'::text$/.test(c.column_default ?? "")
          ? { ...c, column_default: "<random id>" }
          : c
      ),
      indexes: indexes.rows
        .filter((i) => OURS(i.tablename))
        .map((i) => ({ ...i, indexdef: sameMeaning(i.indexdef) })),
      constraints: constraints.rows.filter((k) => OURS(k.table_name)).map(notNullName),
      links: links.rows,
    }
  })
}

describe("upgrading a database of the single ocop module", () => {
  let before: Record<string, any[]>

  // `medusa db:migrate` and `medusa exec` boot the app: minutes on a busy machine.
  beforeAll(async () => {
    await withClient("postgres", async (c) => {
      for (const db of [upgradedDb, freshDb]) {
        await c.query(`drop database if exists "${db}"`)
        await c.query(`create database "${db}"`)
      }
    })
    const sql = gunzipSync(readFileSync(dumpFile))
      .toString("utf8")
      .split("\n")
      // psql meta-commands are not SQL; newer pg_dump versions write some.
      .filter((line) => !line.startsWith("\\"))
      .join("\n")
    await withClient(upgradedDb, (c) => c.query(sql))
    before = await ocopRows(upgradedDb)
    medusa(upgradedDb, ["db:migrate"])
  }, 600_000)

  afterAll(async () => {
    await withClient("postgres", async (c) => {
      for (const db of [upgradedDb, freshDb]) {
        await c.query(`drop database if exists "${db}" with (force)`)
      }
    })
  })

  it("starts from a dump that holds rows of every OCOP table", () => {
    for (const table of [
      "ocop_province",
      "ocop_commune",
      "ocop_former_commune",
      "ocop_producer",
      "ocop_producer_member",
      "ocop_certification",
      "ocop_sales_point",
      "ocop_sales_point_staff",
      "ocop_sales_point_staff_assignment",
      "ocop_sales_point_movement",
      "ocop_sales_point_transfer",
      "ocop_experience",
      "ocop_experience_booking",
      "ocop_product_certification",
      "ocop_product_producer",
      "ocop_product_experience",
      "ocop_sales_point_stock_location",
    ]) {
      expect(before[table]?.length, table).toBeGreaterThan(0)
    }
  })

  it("keeps every row of every OCOP table, unchanged", async () => {
    const after = await ocopRows(upgradedDb)
    // Tables later versions add (producers' stock ledger, settlement, …) start empty or
    // are filled by their own backfill (below); every table the dump had keeps its rows.
    // Columns later versions add to a table the dump had (a transfer's lots, …) are not
    // the dump's: its rows must keep the values of the columns they had.
    const tablesBefore = Object.keys(before)
    const asBefore = (t: string) => {
      const columns = Object.keys(before[t][0] ?? {})
      return after[t]?.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])))
    }
    expect(Object.fromEntries(tablesBefore.map((t) => [t, asBefore(t)]))).toEqual(before)
    expect(after.ocop_settlement_statement).toEqual([])
    expect(after.ocop_producer_stock_movement).toEqual([])
  })

  it("gives every existing producer a stock location at its premises", async () => {
    const after = await ocopRows(upgradedDb)
    expect(
      (after.ocop_producer_stock_location ?? []).map((l) => l.producer_id).sort()
    ).toEqual(before.ocop_producer.map((p) => p.id).sort())
  })

  it("gives every existing producer its own shipping profile (one shipment each, decision 402)", async () => {
    const after = await ocopRows(upgradedDb)
    expect(
      (after.ocop_producer_shipping_profile ?? []).map((l) => l.producer_id).sort()
    ).toEqual(before.ocop_producer.map((p) => p.id).sort())
  })

  it("reads the former relations through the links", () => {
    const line = medusa(upgradedDb, [
      "exec",
      "./integration-tests/upgrade/read-links.ts",
    ])
      .split("\n")
      .find((l) => l.startsWith("LINKS "))
    const links = JSON.parse(line!.slice("LINKS ".length))
    const ids = (list: { id: string }[] | undefined) =>
      (list ?? []).map((x) => x.id).sort()
    const product = (handle: string) =>
      links.products.find((p: any) => p.handle === handle)

    expect(ids(product("upgrade-kho-ca-loc").certifications)).toEqual([
      "occe_upgrade_now",
      "occe_upgrade_old",
    ])
    expect(product("upgrade-kho-ca-loc").producer.id).toBe("ocpr_upgrade_htx")
    expect(ids(product("upgrade-mam-thai").certifications)).toEqual([
      "occe_upgrade_mam",
    ])
    expect(product("upgrade-mam-thai").producer.id).toBe("ocpr_upgrade_hkd")
    expect(product("upgrade-trai-nghiem").experience.id).toBe(
      "ocex_upgrade_trip"
    )

    const producer = links.producers.find(
      (p: any) => p.id === "ocpr_upgrade_htx"
    )
    expect(ids(producer.members)).toEqual([
      "ocpm_upgrade_active",
      "ocpm_upgrade_invited",
    ])
    expect(producer.province.code).toBe("91")
    expect(producer.commune.code).toEqual(expect.any(String))

    const point = (id: string) =>
      links.sales_points.find((p: any) => p.id === id)
    expect(point("ocsp_upgrade_lx").stock_location.name).toBe(
      "Điểm OCOP Long Xuyên"
    )
    expect(ids(point("ocsp_upgrade_cd").staff)).toEqual([
      "ocss_upgrade_lan",
      "ocss_upgrade_minh",
    ])
    expect(point("ocsp_upgrade_cd").province.code).toBe("91")

    const certification = links.certifications.find(
      (c: any) => c.id === "occe_upgrade_now"
    )
    expect(certification.commune.code).toBe(producer.commune.code)
    expect(links.experiences[0].commune.code).toBe(producer.commune.code)
  }, 300_000)

  it("ends with the schema a fresh database gets", async () => {
    medusa(freshDb, ["db:migrate"])
    const [upgraded, fresh] = [
      await schemaOf(upgradedDb),
      await schemaOf(freshDb),
    ]
    expect(upgraded.columns).toEqual(fresh.columns)
    expect(upgraded.indexes).toEqual(fresh.indexes)
    expect(upgraded.constraints).toEqual(fresh.constraints)
    expect(upgraded.links).toEqual(fresh.links)
  }, 600_000)
})
