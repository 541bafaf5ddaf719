import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206074500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_invoice" ("id" text not null, "order_id" text not null, "display_id" integer null, "channel" text check ("channel" in ('online', 'counter')) not null, "kind" text check ("kind" in ('retail', 'company')) not null, "relation" text check ("relation" in ('original', 'replacement', 'adjustment')) not null default 'original', "replaces_id" text null, "status" text check ("status" in ('pending', 'issuing', 'failed', 'issued', 'replaced', 'adjusted')) not null default 'pending', "provider" text not null, "provider_ref" text null, "template" text not null, "series" text not null, "number" integer null, "lookup_code" text not null, "buyer_name" text null, "buyer_tax_code" text null, "buyer_address" text null, "buyer_email" text null, "subtotal" integer not null, "vat_total" integer not null, "total" integer not null, "amount_in_words" text not null, "reason" text null, "issued_at" timestamptz null, "attempts" integer not null default 0, "last_error" text null, "last_attempt_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_invoice_order_id" ON "ocop_invoice" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_invoice_lookup_code_unique" ON "ocop_invoice" ("lookup_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_invoice_deleted_at" ON "ocop_invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_invoice_order_id_unique" ON "ocop_invoice" ("order_id") WHERE relation = 'original' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_invoice_template_series_number_unique" ON "ocop_invoice" ("template", "series", "number") WHERE number IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_invoice_line" ("id" text not null, "rank" integer not null default 0, "title" text not null, "quantity" integer not null, "unit_price" integer not null, "vat_rate" integer null, "amount" integer not null, "vat_amount" integer not null, "total" integer not null, "invoice_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_invoice_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_invoice_line_invoice_id" ON "ocop_invoice_line" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_invoice_line_deleted_at" ON "ocop_invoice_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_invoice_request" ("id" text not null, "cart_id" text not null, "company_name" text not null, "tax_code" text not null, "address" text not null, "email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_invoice_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_invoice_request_cart_id_unique" ON "ocop_invoice_request" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_invoice_request_deleted_at" ON "ocop_invoice_request" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_invoice_sequence" ("id" text not null, "template" text not null, "series" text not null, "last_number" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_invoice_sequence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_invoice_sequence_deleted_at" ON "ocop_invoice_sequence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_invoice_sequence_template_series_unique" ON "ocop_invoice_sequence" ("template", "series") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_invoice_line" add constraint "ocop_invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "ocop_invoice" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_invoice_line" drop constraint if exists "ocop_invoice_line_invoice_id_foreign";`);
    this.addSql(`drop table if exists "ocop_invoice" cascade;`);
    this.addSql(`drop table if exists "ocop_invoice_line" cascade;`);
    this.addSql(`drop table if exists "ocop_invoice_request" cascade;`);
    this.addSql(`drop table if exists "ocop_invoice_sequence" cascade;`);
  }

}
