import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Written by hand: extensions are not part of the data model the generator diffs.
// The catalog search folds Vietnamese diacritics with unaccent ("banh bo" finds "Bánh bò").
export class Migration20261126232300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists "unaccent";`)
  }

  override async down(): Promise<void> {
    // Other modules may rely on the extension; it is left in place.
  }
}
