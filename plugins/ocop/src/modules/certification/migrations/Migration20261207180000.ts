import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Written by hand: extensions are not part of the data model the generator diffs.
// The catalog's text filter matches words anywhere in a product's folded text; a
// trigram index lets it read the matching entries instead of every one (decision 025).
export class Migration20261207180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists "pg_trgm";`)
  }

  override async down(): Promise<void> {
    // Other modules may rely on the extension; it is left in place.
  }
}
