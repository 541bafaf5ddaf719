import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206073000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_parcel_event" ("id" text not null, "carrier" text check ("carrier" in ('ghn', 'ghtk')) not null, "fulfillment_id" text not null, "order_id" text not null, "tracking_code" text not null, "status" text check ("status" in ('created', 'picked_up', 'in_transit', 'delivery_failed', 'delivered', 'returning', 'returned', 'cancelled', 'lost')) not null, "carrier_status" text not null, "occurred_at" timestamptz not null, "reason" text null, "event_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_parcel_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_parcel_event_event_key_unique" ON "ocop_parcel_event" ("event_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_parcel_event_fulfillment_id" ON "ocop_parcel_event" ("fulfillment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_parcel_event_order_id" ON "ocop_parcel_event" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_parcel_event_deleted_at" ON "ocop_parcel_event" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_parcel_event" cascade;`);
  }

}
