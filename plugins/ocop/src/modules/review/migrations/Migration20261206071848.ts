import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206071848 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_product_review" drop constraint if exists "ocop_product_review_line_item_id_unique";`);
    this.addSql(`create table if not exists "ocop_product_review" ("id" text not null, "product_id" text not null, "order_id" text not null, "line_item_id" text not null, "customer_id" text not null, "author_name" text null, "rating" integer not null, "body" text not null, "photos" jsonb null, "status" text check ("status" in ('published', 'hidden')) not null default 'published', "hidden_reason" text null, "hidden_at" timestamptz null, "reply" text null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_product_review_line_item_id_unique" ON "ocop_product_review" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_review_deleted_at" ON "ocop_product_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_review_product_id_status" ON "ocop_product_review" ("product_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_review_order_id" ON "ocop_product_review" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_product_review" cascade;`);
  }

}
