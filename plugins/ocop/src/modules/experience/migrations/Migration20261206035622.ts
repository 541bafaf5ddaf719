import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206035622 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_experience_booking" drop constraint if exists "ocop_experience_booking_line_item_id_unique";`);
    this.addSql(`alter table if exists "ocop_experience_booking" drop constraint if exists "ocop_experience_booking_reference_unique";`);
    this.addSql(`create table if not exists "ocop_experience" ("id" text not null, "duration_minutes" integer not null, "start_time" text not null, "meeting_point" text not null, "commune_code" text not null, "languages" jsonb not null, "included" jsonb not null, "cancellation_terms" text not null, "capacity_per_date" integer not null, "adult_price" integer not null, "child_price" integer null, "child_max_age" integer null, "weekdays" jsonb not null, "closed_dates" jsonb not null, "extra_dates" jsonb not null, "stock_location_id" text not null, "is_illustrative" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_experience_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_experience_deleted_at" ON "ocop_experience" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_experience_commune_code" ON "ocop_experience" ("commune_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_experience_booking" ("id" text not null, "reference" text not null, "order_id" text not null, "line_item_id" text not null, "experience_id" text not null, "variant_id" text not null, "date" text not null, "guests" integer not null, "children" integer not null default 0, "lead_name" text not null, "lead_phone" text not null, "status" text check ("status" in ('booked', 'attended', 'cancelled')) not null default 'booked', "attended_at" timestamptz null, "cancelled_at" timestamptz null, "cancel_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_experience_booking_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_experience_booking_reference_unique" ON "ocop_experience_booking" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_experience_booking_line_item_id_unique" ON "ocop_experience_booking" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_experience_booking_deleted_at" ON "ocop_experience_booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_experience_booking_experience_id_date" ON "ocop_experience_booking" ("experience_id", "date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_experience_booking_order_id" ON "ocop_experience_booking" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_experience" cascade;`);

    this.addSql(`drop table if exists "ocop_experience_booking" cascade;`);
  }

}
