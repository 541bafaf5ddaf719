import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206035333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_settlement_statement" drop constraint if exists "ocop_settlement_statement_producer_id_period_start_unique";`);
    this.addSql(`alter table if exists "ocop_producer_bank_account" drop constraint if exists "ocop_producer_bank_account_producer_id_unique";`);
    this.addSql(`create table if not exists "ocop_producer_bank_account" ("id" text not null, "producer_id" text not null, "bank_bin" text not null, "account_number" text not null, "account_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_bank_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_bank_account_producer_id_unique" ON "ocop_producer_bank_account" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_bank_account_deleted_at" ON "ocop_producer_bank_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_settlement_setting" ("id" text not null, "commission_rate_bp" integer not null default 0, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_settlement_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_setting_deleted_at" ON "ocop_settlement_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_settlement_statement" ("id" text not null, "producer_id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "status" text check ("status" in ('draft', 'paid')) not null default 'draft', "gross_online" numeric not null default 0, "gross_counter" numeric not null default 0, "refunds" numeric not null default 0, "commission_rate_bp" integer not null default 0, "commission" numeric not null default 0, "fees" numeric not null default 0, "net_payable" numeric not null default 0, "computed_at" timestamptz not null, "paid_at" timestamptz null, "transfer_reference" text null, "paid_by" text null, "raw_gross_online" jsonb not null default '{"value":"0","precision":20}', "raw_gross_counter" jsonb not null default '{"value":"0","precision":20}', "raw_refunds" jsonb not null default '{"value":"0","precision":20}', "raw_commission" jsonb not null default '{"value":"0","precision":20}', "raw_fees" jsonb not null default '{"value":"0","precision":20}', "raw_net_payable" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_settlement_statement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_statement_deleted_at" ON "ocop_settlement_statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_settlement_statement_producer_id_period_start_unique" ON "ocop_settlement_statement" ("producer_id", "period_start") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_statement_period_start_status" ON "ocop_settlement_statement" ("period_start", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_settlement_statement_line" ("id" text not null, "product_id" text null, "variant_id" text null, "title" text not null, "channel" text check ("channel" in ('online', 'counter')) not null, "quantity" integer not null default 0, "amount" numeric not null default 0, "refunds" numeric not null default 0, "statement_id" text not null, "raw_amount" jsonb not null default '{"value":"0","precision":20}', "raw_refunds" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_settlement_statement_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_statement_line_statement_id" ON "ocop_settlement_statement_line" ("statement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_statement_line_deleted_at" ON "ocop_settlement_statement_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_settlement_statement_line" add constraint "ocop_settlement_statement_line_statement_id_foreign" foreign key ("statement_id") references "ocop_settlement_statement" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_settlement_statement_line" drop constraint if exists "ocop_settlement_statement_line_statement_id_foreign";`);

    this.addSql(`drop table if exists "ocop_producer_bank_account" cascade;`);

    this.addSql(`drop table if exists "ocop_settlement_setting" cascade;`);

    this.addSql(`drop table if exists "ocop_settlement_statement" cascade;`);

    this.addSql(`drop table if exists "ocop_settlement_statement_line" cascade;`);
  }

}
