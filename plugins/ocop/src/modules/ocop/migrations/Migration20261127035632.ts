import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127035632 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_experience" ("id" text not null, "duration_minutes" integer not null, "start_time" text not null, "meeting_point" text not null, "commune_code" text not null, "languages" jsonb not null, "included" jsonb not null, "cancellation_terms" text not null, "capacity_per_date" integer not null, "adult_price" integer not null, "child_price" integer null, "child_max_age" integer null, "weekdays" jsonb not null, "closed_dates" jsonb not null, "extra_dates" jsonb not null, "stock_location_id" text not null, "is_illustrative" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_experience_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_experience_deleted_at" ON "ocop_experience" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_experience_commune_code" ON "ocop_experience" ("commune_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_experience" cascade;`);
  }

}
