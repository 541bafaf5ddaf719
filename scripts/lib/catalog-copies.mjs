// Grows the benchmark catalog beyond what Medusa's workflows can make in a run
// (about an hour per 10k products here) by SQL copies of the synthetic products
// `bench-data.ts` made: every row a catalog listing, a cart line and an order read
// (product, variant, options, price set and price, sales channel, OCOP certificate
// and producer links, inventory) copied under new ids. Results say "SQL copies".
import pg from "pg"

/**
 * Copies the synthetic products until the catalog holds `target` products; the n-th
 * copy of a row gets the id `<original id>_c<n>`, so a copied foreign key is the
 * original one with the same suffix. Returns how many products were added.
 */
export async function growCatalogByCopies(databaseUrl, target) {
  const c = new pg.Client({ connectionString: databaseUrl })
  await c.connect()
  try {
    const count = async (sql) => (await c.query(sql)).rows[0].n
    const have = await count(
      "select count(*)::int as n from product where deleted_at is null"
    )
    const templates = await count(
      `select count(*)::int as n from product
       where deleted_at is null and metadata->>'synthetic' = 'true' and metadata->>'sql_copy' is null`
    )
    const missing = Math.max(0, target - have)
    if (!missing) return 0
    if (!templates) throw new Error("no synthetic products to copy (bench-data.ts first)")
    await c.query("begin")
    // Which copies to make: copy g of the n-th template while (g-1)·T + n ≤ missing.
    await c.query(
      `create temp table bench_copy on commit drop as
       select t.id as product_id, '_c' || (g + coalesce(
                (select max(substring(id from '_c(\\d+)$')::int) from product where id ~ '_c\\d+$'), 0)) as s
       from (select id, row_number() over (order by id) as n from product
             where deleted_at is null and metadata->>'synthetic' = 'true' and metadata->>'sql_copy' is null) t,
            generate_series(1, $1::int) g
       where (g - 1) * $2::int + t.n <= $3::int`,
      [Math.ceil(missing / templates), templates, missing]
    )
    // Every column from the original row, the named ones replaced.
    const copy = (table, from, overrides) =>
      c.query(
        `insert into ${table}
         select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object(${overrides}))).*
         from ${from}`
      )
    const variants = `join product_variant v on v.id = t.variant_id and v.deleted_at is null
      join bench_copy c on c.product_id = v.product_id`
    const options = (on) => `join product_product_option ppo on ${on} and ppo.deleted_at is null
      join bench_copy c on c.product_id = ppo.product_id`
    await copy(
      "product",
      "product t join bench_copy c on c.product_id = t.id",
      `'id', t.id || c.s, 'handle', t.handle || '-' || c.s, 'title', t.title || ' ·' || c.s,
       'metadata', coalesce(t.metadata, '{}') || '{"sql_copy": true}'`
    )
    await copy(
      "product_variant",
      "product_variant t join bench_copy c on c.product_id = t.product_id where t.deleted_at is null",
      `'id', t.id || c.s, 'product_id', t.product_id || c.s, 'sku', t.sku || c.s, 'manage_inventory', true`
    )
    await copy(
      "product_option",
      `product_option t ${options("ppo.product_option_id = t.id")}`,
      `'id', t.id || c.s`
    )
    await copy(
      "product_option_value",
      `product_option_value t ${options("ppo.product_option_id = t.option_id")}`,
      `'id', t.id || c.s, 'option_id', t.option_id || c.s`
    )
    await copy(
      "product_product_option",
      "product_product_option t join bench_copy c on c.product_id = t.product_id where t.deleted_at is null",
      `'id', t.id || c.s, 'product_id', t.product_id || c.s, 'product_option_id', t.product_option_id || c.s`
    )
    await copy(
      "product_product_option_value",
      `product_product_option_value t ${options("ppo.id = t.product_product_option_id")}`,
      `'id', t.id || c.s, 'product_product_option_id', t.product_product_option_id || c.s,
       'product_option_value_id', t.product_option_value_id || c.s`
    )
    await copy(
      "product_variant_option",
      `product_variant_option t ${variants}`,
      `'variant_id', t.variant_id || c.s, 'option_value_id', t.option_value_id || c.s`
    )
    await copy(
      "price_set",
      `price_set t join product_variant_price_set l on l.price_set_id = t.id and l.deleted_at is null
       join product_variant v on v.id = l.variant_id join bench_copy c on c.product_id = v.product_id`,
      `'id', t.id || c.s`
    )
    await copy(
      "price",
      `price t join product_variant_price_set l on l.price_set_id = t.price_set_id and l.deleted_at is null
       join product_variant v on v.id = l.variant_id join bench_copy c on c.product_id = v.product_id
       where t.deleted_at is null`,
      `'id', t.id || c.s, 'price_set_id', t.price_set_id || c.s`
    )
    await copy(
      "product_variant_price_set",
      `product_variant_price_set t ${variants} where t.deleted_at is null`,
      `'id', t.id || c.s, 'variant_id', t.variant_id || c.s, 'price_set_id', t.price_set_id || c.s`
    )
    for (const link of ["product_sales_channel", "product_shipping_profile", "ocop_product_producer"])
      await copy(
        link,
        `${link} t join bench_copy c on c.product_id = t.product_id where t.deleted_at is null`,
        `'id', t.id || c.s, 'product_id', t.product_id || c.s`
      )
    await copy(
      "ocop_certification",
      `ocop_certification t join ocop_product_certification l on l.certification_id = t.id and l.deleted_at is null
       join bench_copy c on c.product_id = l.product_id`,
      `'id', t.id || c.s, 'decision_number', t.decision_number || c.s`
    )
    await copy(
      "ocop_product_certification",
      "ocop_product_certification t join bench_copy c on c.product_id = t.product_id where t.deleted_at is null",
      `'id', t.id || c.s, 'product_id', t.product_id || c.s, 'certification_id', t.certification_id || c.s`
    )
    await copy(
      "product_category_product",
      "product_category_product t join bench_copy c on c.product_id = t.product_id",
      `'product_id', t.product_id || c.s`
    )
    // The synthetic products sell without stock; their copies are stocked like the
    // seeded ones, so the inventory tables a cart reads grow with the catalog.
    const copiedVariants = `(select v.id || c.s as id, v.title from product_variant v
       join bench_copy c on c.product_id = v.product_id where v.deleted_at is null) cv`
    await copy(
      "inventory_item",
      `(select * from inventory_item where deleted_at is null order by id limit 1) t, ${copiedVariants}`,
      `'id', 'iitem_' || cv.id, 'sku', null, 'title', cv.title`
    )
    await copy(
      "inventory_level",
      `(select * from inventory_level where deleted_at is null order by id limit 1) t, ${copiedVariants}`,
      `'id', 'ilev_' || cv.id, 'inventory_item_id', 'iitem_' || cv.id,
       'stocked_quantity', 1000, 'raw_stocked_quantity', '{"value": "1000", "precision": 20}',
       'reserved_quantity', 0, 'raw_reserved_quantity', '{"value": "0", "precision": 20}',
       'incoming_quantity', 0, 'raw_incoming_quantity', '{"value": "0", "precision": 20}'`
    )
    await copy(
      "product_variant_inventory_item",
      `(select * from product_variant_inventory_item where deleted_at is null order by id limit 1) t, ${copiedVariants}`,
      `'id', 'pvitem_' || cv.id, 'variant_id', cv.id, 'inventory_item_id', 'iitem_' || cv.id, 'required_quantity', 1`
    )
    await c.query("commit")
    // As autovacuum would before long in a shop that grew this way.
    await c.query("analyze")
    return missing
  } catch (error) {
    await c.query("rollback").catch(() => {})
    throw error
  } finally {
    await c.end()
  }
}
