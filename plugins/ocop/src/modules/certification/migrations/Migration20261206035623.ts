import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206035623 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_certification" ("id" text not null, "stars" integer not null, "score" real null, "category_set" text null, "category_sector" integer not null, "decision_number" text null, "decision_date" timestamptz null, "recognized_year" integer null, "issuing_body" text null, "issuing_level" text check ("issuing_level" in ('district', 'province', 'central')) null, "legal_framework" text null, "evaluation_type" text null, "valid_from" timestamptz null, "valid_until" timestamptz null, "status" text check ("status" in ('active', 'expired', 'revoked', 'superseded', 'pending_review', 'rejected')) not null default 'active', "status_reason" text null, "certificate_number" text null, "certificate_scan_url" text null, "origin_address" text null, "origin_commune_code" text null, "origin_province_code" text not null, "origin_note" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_status" ON "ocop_certification" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_stars" ON "ocop_certification" ("stars") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_origin_province_code" ON "ocop_certification" ("origin_province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_origin_commune_code" ON "ocop_certification" ("origin_commune_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_category_set" ON "ocop_certification" ("category_set") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certification" cascade;`);
  }

}
