import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126234247 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`);
    this.addSql(`create table if not exists "ocop_certification" ("id" text not null, "stars" integer not null, "score" real null, "category_set" text null, "category_sector" integer not null, "decision_number" text null, "decision_date" timestamptz null, "recognized_year" integer null, "issuing_body" text null, "issuing_level" text check ("issuing_level" in ('district', 'province', 'central')) null, "legal_framework" text null, "evaluation_type" text null, "valid_from" timestamptz null, "valid_until" timestamptz null, "status" text check ("status" in ('active', 'expired', 'revoked', 'superseded')) not null default 'active', "status_reason" text null, "certificate_number" text null, "certificate_scan_url" text null, "origin_address" text null, "origin_commune_code" text null, "origin_province_code" text not null, "origin_note" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_status" ON "ocop_certification" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_stars" ON "ocop_certification" ("stars") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_origin_province_code" ON "ocop_certification" ("origin_province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_origin_commune_code" ON "ocop_certification" ("origin_commune_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_category_set" ON "ocop_certification" ("category_set") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_commune" ("code" text not null, "name" text not null, "type" text check ("type" in ('xa', 'phuong', 'dac_khu')) not null, "province_code" text not null, "search_text" text not null, "name_folded" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_commune_pkey" primary key ("code"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commune_deleted_at" ON "ocop_commune" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commune_province_code" ON "ocop_commune" ("province_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_former_commune" ("id" text not null, "commune_code" text not null, "old_code" text not null, "old_name" text not null, "merge" text check ("merge" in ('full', 'partial')) not null, "old_district_code" text null, "old_district_name" text null, "old_province_code" text null, "old_province_name" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_former_commune_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_former_commune_deleted_at" ON "ocop_former_commune" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_former_commune_commune_code" ON "ocop_former_commune" ("commune_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_former_commune_old_code" ON "ocop_former_commune" ("old_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "name" text not null, "type" text check ("type" in ('household_business', 'cooperative', 'cooperative_group', 'enterprise')) null, "registration_number" text null, "address" text null, "commune_code" text null, "province_code" text null, "email" text null, "phone" text null, "website" text null, "story" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_commune_code" ON "ocop_producer" ("commune_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_province_code" ON "ocop_producer" ("province_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_province" ("code" text not null, "name" text not null, "type" text check ("type" in ('tinh', 'thanh_pho')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_province_pkey" primary key ("code"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_province_deleted_at" ON "ocop_province" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certification" cascade;`);

    this.addSql(`drop table if exists "ocop_commune" cascade;`);

    this.addSql(`drop table if exists "ocop_former_commune" cascade;`);

    this.addSql(`drop table if exists "ocop_producer" cascade;`);

    this.addSql(`drop table if exists "ocop_province" cascade;`);
  }

}
