import { Client } from "pg"
import {
  activeOnSql,
  effectiveStatus,
  effectiveStatusOfSql,
  effectiveStatusSql,
  lastValidDay,
  lastValidDaySql,
} from "./validity"

// The catalog and the dashboard read validity in SQL; the workflows, jobs and search
// documents read it in TypeScript. Both forms come from validity.ts; this runs them
// side by side on PostgreSQL over the boundary days, so neither can drift.
const todays = ["2026-06-15", "2027-12-31", "2028-01-01", "2024-02-29"]
const validUntils = [
  null,
  "2024-02-28",
  "2024-02-29",
  "2024-03-01",
  "2026-06-14",
  "2026-06-15",
  "2026-06-16",
  "2027-12-31",
  "2028-01-01",
]
const years = [null, 2020, 2021, 2023, 2024, 2025]
const statuses = ["active", "revoked", "expired", "superseded"] as const

const rows = statuses.flatMap((status) =>
  validUntils.flatMap((valid_until) =>
    years.map((recognized_year) => ({ status, valid_until, recognized_year }))
  )
)

let client: Client

beforeAll(async () => {
  client = new Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
})

afterAll(async () => {
  await client?.end()
})

async function inSql(today: string) {
  const { rows: out } = await client.query(
    `select c.i,
            to_char(${lastValidDaySql("c")}, 'YYYY-MM-DD') as last_valid_day,
            ${effectiveStatusSql("$2::date", "c")} as status,
            -- The catalog entries' form: from the stored status and last valid day.
            ${effectiveStatusOfSql("c.status", lastValidDaySql("c"), "$2::date")} as entry_status,
            ${activeOnSql("c.status", lastValidDaySql("c"), "$2::date")} as entry_active
       from json_to_recordset($1::json)
         as c(i int, status text, valid_until timestamptz, recognized_year int)
      order by c.i`,
    [JSON.stringify(rows.map((r, i) => ({ i, ...r }))), today]
  )
  return out
}

describe("the validity rule in SQL", () => {
  it.each(todays)("agrees with validity.ts on %s", async (today) => {
    const sql = await inSql(today)
    expect(sql).toHaveLength(rows.length)
    const expected = rows.map((r, i) => {
      const status = effectiveStatus(r, new Date(`${today}T00:00:00Z`))
      return { i, last_valid_day: lastValidDay(r), status, entry_status: status, entry_active: status === "active" }
    })
    expect(sql).toEqual(expected)
  })
})
