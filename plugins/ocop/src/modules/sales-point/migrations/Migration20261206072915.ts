import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206072915 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_sales_point_shift" drop constraint if exists "ocop_sales_point_shift_sales_point_id_unique";`);
    this.addSql(`create table if not exists "ocop_sales_point_payment" ("id" text not null, "sales_point_id" text not null, "shift_id" text null, "order_id" text null, "kind" text check ("kind" in ('sale', 'refund')) not null default 'sale', "method" text check ("method" in ('cash', 'card_at_counter', 'vietqr')) not null, "amount" integer not null, "tendered" integer null, "change" integer null, "reference" text null, "status" text check ("status" in ('pending', 'received')) not null default 'received', "confirmed_by" text null, "staff_id" text null, "refund_of" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_payment_deleted_at" ON "ocop_sales_point_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_payment_sales_point_id_created_at" ON "ocop_sales_point_payment" ("sales_point_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_payment_shift_id" ON "ocop_sales_point_payment" ("shift_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_payment_order_id" ON "ocop_sales_point_payment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_payment_reference" ON "ocop_sales_point_payment" ("reference") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_sales_point_shift" ("id" text not null, "sales_point_id" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opening_float" integer not null, "opened_by" text not null, "closed_by" text null, "closed_at" timestamptz null, "expected_cash" integer null, "counted_cash" integer null, "difference" integer null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_shift_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_shift_deleted_at" ON "ocop_sales_point_shift" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_shift_sales_point_id_status" ON "ocop_sales_point_shift" ("sales_point_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_sales_point_shift_sales_point_id_unique" ON "ocop_sales_point_shift" ("sales_point_id") WHERE status = 'open' AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_sales_point_movement" drop constraint if exists "ocop_sales_point_movement_kind_check";`);

    this.addSql(`alter table if exists "ocop_sales_point_movement" add constraint "ocop_sales_point_movement_kind_check" check("kind" in ('receive', 'adjust', 'transfer_out', 'transfer_in', 'sale', 'return'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_sales_point_payment" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_point_shift" cascade;`);

    this.addSql(`alter table if exists "ocop_sales_point_movement" drop constraint if exists "ocop_sales_point_movement_kind_check";`);

    this.addSql(`alter table if exists "ocop_sales_point_movement" add constraint "ocop_sales_point_movement_kind_check" check("kind" in ('receive', 'adjust', 'transfer_out', 'transfer_in', 'sale'));`);
  }

}
