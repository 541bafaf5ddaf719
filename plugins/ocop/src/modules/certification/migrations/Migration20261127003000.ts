import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Not generated: MikroORM has no model for a text search configuration.
// The Search Module's PostgreSQL provider, configured with language "vietnamese",
// indexes and queries with `medusa_search_vietnamese`. Vietnamese has no stemmer
// and no stop words worth dropping, so it copies "simple" and folds diacritics with
// unaccent first ("bánh bò" and "banh bo" are the same tokens; its rules map Đ/đ to D/d).
// pg_trgm gives the provider its typo tolerance.
export class Migration20261127003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists "unaccent";`)
    this.addSql(`create extension if not exists "pg_trgm";`)
    this.addSql(`do $$
begin
  if not exists (select 1 from pg_ts_config where cfgname = 'medusa_search_vietnamese') then
    create text search configuration medusa_search_vietnamese (copy = simple);
    alter text search configuration medusa_search_vietnamese
      alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
      with unaccent, simple;
  end if;
end
$$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop text search configuration if exists medusa_search_vietnamese;`)
  }
}
