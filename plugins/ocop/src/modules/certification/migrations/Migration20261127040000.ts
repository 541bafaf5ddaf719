import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Not generated: the vocabulary is not a model of the OCOP module but a side table
// of the search index (plugins/ocop/src/search/search-words.ts). Typo correction
// looks words up by primary key (one-edit variants) and by trigram similarity
// through the GIN index, instead of comparing the query with every document.
export class Migration20261127040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists "pg_trgm";`)
    this.addSql(
      `create table if not exists "ocop_search_word" ("word" text not null, constraint "ocop_search_word_pkey" primary key ("word"));`
    )
    this.addSql(
      `create index if not exists "IDX_ocop_search_word_trgm" on "ocop_search_word" using gin ("word" gin_trgm_ops);`
    )
    // A database indexed before this migration gets its vocabulary from the
    // lexemes already in the index tables.
    this.addSql(`do $$
declare t text;
begin
  if to_regclass('search_postgres_index') is null then return; end if;
  for t in select table_name from search_postgres_index where name like 'ocop_product%' loop
    if to_regclass(quote_ident(t)) is not null then
      execute format('insert into ocop_search_word (word) select word from ts_stat(%L) where length(word) between 2 and 40 and word ~ ''[a-z]'' on conflict (word) do nothing',
        format('select search_vector from %I', t));
    end if;
  end loop;
end
$$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_search_word";`)
  }
}
