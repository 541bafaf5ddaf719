import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206081000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_cod_remittance" ("id" text not null, "carrier" text check ("carrier" in ('ghn', 'ghtk')) not null, "statement_ref" text not null, "tracking_code" text not null, "fulfillment_id" text null, "order_id" text null, "amount" integer not null, "expected" integer null, "outcome" text check ("outcome" in ('exact', 'short', 'over', 'unknown', 'duplicate')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_cod_remittance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_cod_remittance_deleted_at" ON "ocop_cod_remittance" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_cod_remittance_carrier_tracking_code" ON "ocop_cod_remittance" ("carrier", "tracking_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_cod_remittance_statement_ref" ON "ocop_cod_remittance" ("statement_ref") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_cod_remittance" cascade;`);
  }

}
