import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206035618 extends Migration {

  override async up(): Promise<void> {
    // Edited after generation (decision 012): each foreign key is dropped if present before
    // it is added, so this first migration also runs on a database the former single
    // `ocop` module created, where the tables, indexes and keys already exist.
    this.addSql(`alter table if exists "ocop_sales_point_staff" drop constraint if exists "ocop_sales_point_staff_email_unique";`);
    this.addSql(`alter table if exists "ocop_sales_point" drop constraint if exists "ocop_sales_point_handle_unique";`);
    this.addSql(`create table if not exists "ocop_sales_point" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('centre', 'point')) not null default 'point', "address" text not null, "commune_code" text not null, "province_code" text not null, "opening_hours" text null, "phone" text null, "latitude" real null, "longitude" real null, "operator" text null, "opened_on" timestamptz null, "is_illustrative" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_sales_point_handle_unique" ON "ocop_sales_point" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_deleted_at" ON "ocop_sales_point" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_province_code" ON "ocop_sales_point" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_commune_code" ON "ocop_sales_point" ("commune_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_sales_point_movement" ("id" text not null, "sales_point_id" text not null, "inventory_item_id" text not null, "variant_id" text null, "kind" text check ("kind" in ('receive', 'adjust', 'transfer_out', 'transfer_in', 'sale')) not null, "reason" text null, "quantity" integer not null, "quantity_before" integer not null, "quantity_after" integer not null, "staff_id" text null, "staff_email" text null, "reference" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_movement_deleted_at" ON "ocop_sales_point_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_movement_sales_point_id_created_at" ON "ocop_sales_point_movement" ("sales_point_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_movement_sales_point_id_kind" ON "ocop_sales_point_movement" ("sales_point_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_sales_point_staff" ("id" text not null, "email" text not null, "name" text null, "auth_identity_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_sales_point_staff_email_unique" ON "ocop_sales_point_staff" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_staff_deleted_at" ON "ocop_sales_point_staff" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_sales_point_staff_assignment" ("sales_point_staff_id" text not null, "sales_point_id" text not null, constraint "ocop_sales_point_staff_assignment_pkey" primary key ("sales_point_staff_id", "sales_point_id"));`);

    this.addSql(`create table if not exists "ocop_sales_point_transfer" ("id" text not null, "from_sales_point_id" text not null, "to_sales_point_id" text not null, "inventory_item_id" text not null, "variant_id" text null, "quantity" integer not null, "status" text check ("status" in ('in_transit', 'received')) not null default 'in_transit', "note" text null, "sent_by" text not null, "received_by" text null, "received_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_transfer_deleted_at" ON "ocop_sales_point_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_transfer_from_sales_point_id_status" ON "ocop_sales_point_transfer" ("from_sales_point_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_transfer_to_sales_point_id_status" ON "ocop_sales_point_transfer" ("to_sales_point_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_sales_point_staff_assignment" drop constraint if exists "ocop_sales_point_staff_assignment_sales_point_staff_id_foreign";`);
    this.addSql(`alter table if exists "ocop_sales_point_staff_assignment" add constraint "ocop_sales_point_staff_assignment_sales_point_staff_id_foreign" foreign key ("sales_point_staff_id") references "ocop_sales_point_staff" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "ocop_sales_point_staff_assignment" drop constraint if exists "ocop_sales_point_staff_assignment_sales_point_id_foreign";`);
    this.addSql(`alter table if exists "ocop_sales_point_staff_assignment" add constraint "ocop_sales_point_staff_assignment_sales_point_id_foreign" foreign key ("sales_point_id") references "ocop_sales_point" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_sales_point_staff_assignment" drop constraint if exists "ocop_sales_point_staff_assignment_sales_point_id_foreign";`);

    this.addSql(`alter table if exists "ocop_sales_point_staff_assignment" drop constraint if exists "ocop_sales_point_staff_assignment_sales_point_staff_id_foreign";`);

    this.addSql(`drop table if exists "ocop_sales_point" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_point_movement" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_point_staff" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_point_staff_assignment" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_point_transfer" cascade;`);
  }

}
