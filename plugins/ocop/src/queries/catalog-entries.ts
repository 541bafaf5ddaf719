import type { Knex } from "@mikro-orm/postgresql"
import { lastValidDaySql } from "../modules/certification/rules/validity"

/**
 * The catalog's read model (decision 025): one row per listed product with the fields
 * the store catalog filters, sorts and counts on, so a page is an index range and the
 * facets a pass over a narrow table instead of the joins of five modules' tables.
 *
 * PostgreSQL keeps it in step: statement triggers on every table a row is made from
 * recompute the rows of the products a statement touched, in the writer's own
 * transaction, so the next read sees a price, a certificate or an unpublish at once.
 * What changes without a write, a certificate passing its last valid day, is not kept
 * here: the reader derives it from `valid_until` and `recognized_year` against today,
 * with the rule of rules/validity.ts.
 */
export const CATALOG_ENTRY_TABLE = "ocop_catalog_entry"

// Raised whenever the table, the function or the triggers below change: a server
// starting on a database made by an older definition rebuilds them.
export const CATALOG_ENTRY_VERSION = "ocop_catalog_entry v4"

// Where each source's changed rows (`$rows`: the statement's transition table) lead to
// the products to recompute. Link rows are matched whether or not soft-deleted: the
// recomputation reads the current state anyway.
const SOURCES: Record<string, string> = {
  product: "select id from $rows",
  product_variant: "select product_id from $rows",
  product_variant_price_set: `select v.product_id from $rows r join product_variant v on v.id = r.variant_id`,
  price: `select v.product_id from $rows r
    join product_variant_price_set l on l.price_set_id = r.price_set_id
    join product_variant v on v.id = l.variant_id`,
  product_sales_channel: "select product_id from $rows",
  ocop_product_certification: "select product_id from $rows",
  ocop_certification: `select l.product_id from $rows r
    join ocop_product_certification l on l.certification_id = r.id`,
  ocop_product_producer: "select product_id from $rows",
  ocop_producer: `select l.product_id from $rows r
    join ocop_product_producer l on l.producer_id = r.id`,
}
export const CATALOG_ENTRY_SOURCES = Object.keys(SOURCES)

const TABLE = `CREATE TABLE ${CATALOG_ENTRY_TABLE} (
  product_id text PRIMARY KEY,
  certification_id text NOT NULL,
  producer_id text,
  producer_handle text,
  status text NOT NULL,
  valid_until timestamptz,
  recognized_year integer,
  last_valid_day date,
  stars integer NOT NULL,
  score real,
  title text NOT NULL,
  created_at timestamptz NOT NULL,
  origin_province_code text NOT NULL,
  origin_commune_code text,
  category_set text,
  category_sector integer NOT NULL,
  sales_channel_ids text[] NOT NULL,
  price_vnd bigint,
  search_text text NOT NULL,
  -- The text's words, split at anything but a letter or a digit as a catalog q is
  -- (ocop-catalog.ts, catalogTextWords): a whole-word filter is one GIN lookup.
  search_words text[] GENERATED ALWAYS AS
    (regexp_split_to_array(search_text, '[^[:alnum:]]+')) STORED
)`

// One index per order of queries/ocop-catalog.ts (ORDER_SQL), so a page is an index
// range; "recommended" reads its active and its other products apart (by the stored
// status, the date rule applied as a filter), hence the partial ones.
const INDEXES = [
  "(stars desc, score desc nulls last, title) where status = 'active'",
  "(stars desc, score desc nulls last, title) where status <> 'active'",
  "(stars desc, score desc nulls last, title)",
  "(stars, title)",
  "(price_vnd nulls last, title)",
  "(price_vnd desc nulls last, title)",
  "(title)",
  "(created_at desc, product_id)",
  "(created_at, product_id)",
  "(valid_until desc nulls last, title)",
  // Certificates still stored as active though past their date (until the nightly job).
  "(last_valid_day) where status = 'active'",
  "(origin_province_code)",
  "(origin_commune_code)",
  "(category_set)",
  "(producer_id)",
  // A text filter's whole words. Without a pending list: a product's write adds its
  // few words at once, instead of leaving them for each read to scan until a vacuum.
  "USING gin (search_words) WITH (fastupdate = off)",
]

// A product's title and subtitle, producer, certified address, commune and province,
// lower-cased without diacritics. The administrative units are reference data: a
// renamed commune shows once its products are next written.
const SEARCH_TEXT = `lower(unaccent(concat_ws(' ', p.title, p.subtitle, prod.name,
    c.origin_address, com.name, prov.name)))`

// The products' rows recomputed from the sources, as queries/ocop-catalog.ts's
// baseRows joins them: published, not deleted, with a current certificate (active or
// expired), the producer when it is not deleted, the cheapest VND price without rules
// or price list, and the text a filter `q` matches. A product with two such
// certificates keeps one, the same one on every recomputation. Refreshes of the same
// products are serialized (256 advisory locks taken in order), so two writers'
// transactions cannot leave the one that read first.
const REFRESH_FUNCTION = `CREATE OR REPLACE FUNCTION ocop_catalog_entry_refresh(ids text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(1868786017, b)
    FROM (SELECT DISTINCT hashtext(id) & 255 AS b FROM unnest(ids) id) x ORDER BY b;
  DELETE FROM ${CATALOG_ENTRY_TABLE} WHERE product_id = ANY (ids);
  INSERT INTO ${CATALOG_ENTRY_TABLE}
  SELECT DISTINCT ON (p.id) p.id, c.id, prod.id, prod.handle, c.status, c.valid_until,
    c.recognized_year, ${lastValidDaySql("c")}, c.stars, c.score, p.title, p.created_at, c.origin_province_code,
    c.origin_commune_code, c.category_set, c.category_sector,
    coalesce(array(SELECT psc.sales_channel_id FROM product_sales_channel psc
      WHERE psc.product_id = p.id AND psc.deleted_at IS NULL ORDER BY 1), '{}'),
    (SELECT min(pr_.amount)::bigint FROM product_variant v_
      JOIN product_variant_price_set vps_ ON vps_.variant_id = v_.id AND vps_.deleted_at IS NULL
      JOIN price pr_ ON pr_.price_set_id = vps_.price_set_id AND pr_.deleted_at IS NULL
      WHERE v_.product_id = p.id AND v_.deleted_at IS NULL AND pr_.currency_code = 'vnd'
        AND pr_.price_list_id IS NULL AND pr_.rules_count = 0),
    ${SEARCH_TEXT}
  FROM product p
  JOIN ocop_product_certification pc ON pc.product_id = p.id AND pc.deleted_at IS NULL
  JOIN ocop_certification c ON c.id = pc.certification_id AND c.deleted_at IS NULL
    AND c.status IN ('active', 'expired')
  LEFT JOIN ocop_product_producer pp ON pp.product_id = p.id AND pp.deleted_at IS NULL
  LEFT JOIN ocop_producer prod ON prod.id = pp.producer_id AND prod.deleted_at IS NULL
  LEFT JOIN ocop_commune com ON com.code = c.origin_commune_code
  LEFT JOIN ocop_province prov ON prov.code = c.origin_province_code
  WHERE p.id = ANY (ids) AND p.deleted_at IS NULL AND p.status = 'published'
  ORDER BY p.id, c.id, prod.id NULLS LAST;
END $$`

// One trigger function for every source: the argument maps a transition table to products.
const TRIGGER_FUNCTION = `CREATE OR REPLACE FUNCTION ocop_catalog_entry_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := '{}';
  found text[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || replace(TG_ARGV[0], '$rows', 'ocop_new_rows') || ') t(x)' INTO found;
    ids := ids || coalesce(found, '{}');
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || replace(TG_ARGV[0], '$rows', 'ocop_old_rows') || ') t(x)' INTO found;
    ids := ids || coalesce(found, '{}');
  END IF;
  PERFORM ocop_catalog_entry_refresh(ARRAY(SELECT DISTINCT unnest(ids)));
  RETURN NULL;
END $$`

// Every trigger of the read model is a statement trigger per write, seeing the rows it
// wrote as the transition tables the functions read (ocop_old_rows, ocop_new_rows).
const TRANSITIONS = [
  ["insert", "NEW TABLE AS ocop_new_rows"],
  ["update", "OLD TABLE AS ocop_old_rows NEW TABLE AS ocop_new_rows"],
  ["delete", "OLD TABLE AS ocop_old_rows"],
] as const

/** The three triggers `ocop_catalog_entry_<op>_<suffix>` on `table`, dropped first. */
function statementTriggers(table: string, suffix: string, call: string): string[] {
  const name = (op: string) => `ocop_catalog_entry_${op}_${suffix}`
  return [
    ...TRANSITIONS.map(([op]) => `DROP TRIGGER IF EXISTS ${name(op)} ON ${table}`),
    ...TRANSITIONS.map(
      ([op, referencing]) => `CREATE TRIGGER ${name(op)} AFTER ${op.toUpperCase()} ON ${table}
     REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${call}`
    ),
  ]
}

const triggers = (source: string) =>
  statementTriggers(
    source,
    source,
    `ocop_catalog_entry_sync('${SOURCES[source].replace(/\s+/g, " ").replace(/'/g, "''")}')`
  )

/**
 * The facet counts kept per cell: how many entries of a sales channel share a star
 * rating, province, category and producer. A catalog has far fewer cells than products
 * (a producer's products mostly share the rest), so the facets of a page filtered on
 * these fields only are sums over cells, not a pass over every matching product.
 */
export const CATALOG_FACET_CELL_TABLE = "ocop_catalog_facet_cell"
const CELL_KEY = `sales_channel_id, stars, origin_province_code, category_set,
  category_sector, producer_id, producer_handle`
const CELL_TABLE = `CREATE TABLE ${CATALOG_FACET_CELL_TABLE} (
  sales_channel_id text NOT NULL,
  stars integer NOT NULL,
  origin_province_code text NOT NULL,
  category_set text,
  category_sector integer NOT NULL,
  producer_id text,
  producer_handle text,
  n integer NOT NULL,
  UNIQUE NULLS NOT DISTINCT (${CELL_KEY})
)`
// The entries' statement triggers add what was inserted and take away what was
// deleted, cell by cell in the key's order (two writers lock cells in the same order).
const cellChange = (rows: string, sign: "+" | "-") => `
    INSERT INTO ${CATALOG_FACET_CELL_TABLE} AS cell (${CELL_KEY}, n)
    SELECT ${CELL_KEY}, ${sign}count(*)::int FROM (
      SELECT unnest(sales_channel_ids) AS sales_channel_id, stars, origin_province_code,
        category_set, category_sector, producer_id, producer_handle FROM ${rows}) r
    GROUP BY ${CELL_KEY} ORDER BY ${CELL_KEY}
    ON CONFLICT (${CELL_KEY}) DO UPDATE SET n = cell.n + excluded.n;`
const CELL_FUNCTION = `CREATE OR REPLACE FUNCTION ocop_catalog_facet_cell_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN ${cellChange("ocop_old_rows", "-")}
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN ${cellChange("ocop_new_rows", "+")}
  END IF;
  RETURN NULL;
END $$`
const CELL_TRIGGERS = statementTriggers(
  CATALOG_ENTRY_TABLE,
  "cells",
  "ocop_catalog_facet_cell_sync()"
)

/** Whether the read model exists at this version with all its triggers. */
async function isCurrent(knex: Knex): Promise<boolean> {
  const { rows } = await knex.raw(
    `select obj_description(to_regclass(?), 'pg_class') as version,
       (select count(*)::int from pg_trigger where tgname like 'ocop\\_catalog\\_entry\\_%') as triggers`,
    [CATALOG_ENTRY_TABLE]
  )
  return (
    rows[0]?.version === CATALOG_ENTRY_VERSION &&
    rows[0]?.triggers === (CATALOG_ENTRY_SOURCES.length + 1) * TRANSITIONS.length
  )
}

/**
 * Creates (or rebuilds, from an older version) the read model with its triggers and
 * fills it from the products already there. Run when the app starts (the certification
 * module's loader): the link tables it watches are made by the link sync, after every
 * module's migrations, so a migration could not create their triggers on a fresh
 * database. Returns false when a source table is still missing (a first migration).
 * In one transaction, under a lock, so two processes starting at once do it once.
 */
export async function ensureCatalogEntries(knex: Knex): Promise<boolean> {
  if (await isCurrent(knex)) return true
  return knex.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(1868786017)")
    if (await isCurrent(trx)) return true
    const { rows } = await trx.raw(
      `select count(*)::int as missing from unnest(?::text[]) t where to_regclass(t) is null`,
      [CATALOG_ENTRY_SOURCES]
    )
    if (rows[0].missing) return false
    await trx.raw(`DROP TABLE IF EXISTS ${CATALOG_ENTRY_TABLE}`)
    await trx.raw(`DROP TABLE IF EXISTS ${CATALOG_FACET_CELL_TABLE}`)
    await trx.raw(TABLE)
    await trx.raw(CELL_TABLE)
    await trx.raw(CELL_FUNCTION)
    for (const sql of CELL_TRIGGERS) await trx.raw(sql)
    await trx.raw(REFRESH_FUNCTION)
    await trx.raw(TRIGGER_FUNCTION)
    for (const source of CATALOG_ENTRY_SOURCES)
      for (const sql of triggers(source)) await trx.raw(sql)
    await trx.raw(
      `select ocop_catalog_entry_refresh(array(select id from product where deleted_at is null))`
    )
    // Built once the rows are in: a GIN index made before would hold them all in its
    // pending list, which every text filter then reads row by row (50k: 9 ms, not 0.3).
    for (const [i, index] of INDEXES.entries())
      await trx.raw(
        `CREATE INDEX ${CATALOG_ENTRY_TABLE}_${i} ON ${CATALOG_ENTRY_TABLE} ${index}`
      )
    await trx.raw(`ANALYZE ${CATALOG_ENTRY_TABLE}`)
    await trx.raw(`ANALYZE ${CATALOG_FACET_CELL_TABLE}`)
    await trx.raw(
      `COMMENT ON TABLE ${CATALOG_ENTRY_TABLE} IS '${CATALOG_ENTRY_VERSION}'`
    )
    return true
  })
}
