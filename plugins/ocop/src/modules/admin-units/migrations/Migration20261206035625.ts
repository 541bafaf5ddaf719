import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206035625 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_commune" ("code" text not null, "name" text not null, "type" text check ("type" in ('xa', 'phuong', 'dac_khu')) not null, "province_code" text not null, "search_text" text not null, "name_folded" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_commune_pkey" primary key ("code"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commune_deleted_at" ON "ocop_commune" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commune_province_code" ON "ocop_commune" ("province_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_former_commune" ("id" text not null, "commune_code" text not null, "old_code" text not null, "old_name" text not null, "merge" text check ("merge" in ('full', 'partial')) not null, "old_district_code" text null, "old_district_name" text null, "old_province_code" text null, "old_province_name" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_former_commune_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_former_commune_deleted_at" ON "ocop_former_commune" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_former_commune_commune_code" ON "ocop_former_commune" ("commune_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_former_commune_old_code" ON "ocop_former_commune" ("old_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_province" ("code" text not null, "name" text not null, "type" text check ("type" in ('tinh', 'thanh_pho')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_province_pkey" primary key ("code"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_province_deleted_at" ON "ocop_province" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_commune" cascade;`);

    this.addSql(`drop table if exists "ocop_former_commune" cascade;`);

    this.addSql(`drop table if exists "ocop_province" cascade;`);
  }

}
