import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206040042 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_producer_stock_movement" ("id" text not null, "producer_id" text not null, "stock_location_id" text not null, "inventory_item_id" text not null, "variant_id" text null, "reason" text not null, "quantity" integer not null, "quantity_before" integer not null, "quantity_after" integer not null, "member_id" text null, "member_email" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_stock_movement_deleted_at" ON "ocop_producer_stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_stock_movement_producer_id_created_at" ON "ocop_producer_stock_movement" ("producer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_stock_movement_producer_id_variant_id" ON "ocop_producer_stock_movement" ("producer_id", "variant_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_producer_stock_movement" cascade;`);
  }

}
