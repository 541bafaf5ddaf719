import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (decision 405): the lots a point's stock is made of, what each
// stock change took from them, and the lots a transfer carries.
export class Migration20261206120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_sales_point_lot" ("id" text not null, "sales_point_id" text not null, "inventory_item_id" text not null, "variant_id" text null, "lot_code" text not null, "expires_on" text null, "produced_on" text null, "received_quantity" integer not null, "remaining_quantity" integer not null, "received_movement_id" text null, "source_lot_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_lot_deleted_at" ON "ocop_sales_point_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_lot_sales_point_id_inventory_item_id_expires_on" ON "ocop_sales_point_lot" ("sales_point_id", "inventory_item_id", "expires_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_lot_sales_point_id_expires_on" ON "ocop_sales_point_lot" ("sales_point_id", "expires_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_lot_lot_code" ON "ocop_sales_point_lot" ("lot_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_sales_point_lot_movement" ("id" text not null, "lot_id" text not null, "sales_point_id" text not null, "inventory_item_id" text not null, "movement_id" text null, "kind" text check ("kind" in ('receive', 'adjust', 'transfer_out', 'transfer_in', 'sale', 'return', 'reconcile')) not null, "quantity" integer not null, "reference" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_lot_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_lot_movement_deleted_at" ON "ocop_sales_point_lot_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_lot_movement_lot_id" ON "ocop_sales_point_lot_movement" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_lot_movement_reference" ON "ocop_sales_point_lot_movement" ("reference") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_sales_point_transfer" add column if not exists "lots" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_sales_point_lot" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_point_lot_movement" cascade;`);

    this.addSql(`alter table if exists "ocop_sales_point_transfer" drop column if exists "lots";`);
  }

}
