import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_wishlist_item" ("id" text not null, "customer_id" text not null, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_wishlist_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_wishlist_item_deleted_at" ON "ocop_wishlist_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_wishlist_item_customer_id_product_id_unique" ON "ocop_wishlist_item" ("customer_id", "product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_wishlist_item" cascade;`);
  }

}
