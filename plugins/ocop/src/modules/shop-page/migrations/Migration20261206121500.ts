import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206121500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_shop_page" drop constraint if exists "ocop_shop_page_slug_unique";`);
    this.addSql(`create table if not exists "ocop_shop_page" ("id" text not null, "slug" text not null, "title" text not null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_shop_page_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_shop_page_slug_unique" ON "ocop_shop_page" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_shop_page_deleted_at" ON "ocop_shop_page" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_shop_page" cascade;`);
  }

}
