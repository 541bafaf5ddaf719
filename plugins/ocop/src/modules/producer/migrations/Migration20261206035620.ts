import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206035620 extends Migration {

  override async up(): Promise<void> {
    // Edited after generation (decision 012): each foreign key is dropped if present before
    // it is added, so this first migration also runs on a database the former single
    // `ocop` module created, where the tables, indexes and keys already exist.
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`);
    this.addSql(`create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "name" text not null, "type" text check ("type" in ('household_business', 'cooperative', 'cooperative_group', 'enterprise')) null, "registration_number" text null, "address" text null, "commune_code" text null, "province_code" text null, "email" text null, "phone" text null, "website" text null, "story" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_commune_code" ON "ocop_producer" ("commune_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_province_code" ON "ocop_producer" ("province_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer_member" ("id" text not null, "email" text not null, "name" text null, "status" text check ("status" in ('invited', 'requested', 'active', 'rejected', 'revoked', 'deactivated')) not null default 'invited', "auth_identity_id" text null, "invitation_token_hash" text null, "invitation_expires_at" timestamptz null, "request_note" text null, "status_reason" text null, "producer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_producer_id" ON "ocop_producer_member" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_deleted_at" ON "ocop_producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_status" ON "ocop_producer_member" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_email_account" ON "ocop_producer_member" ("email") WHERE status IN ('requested', 'active') AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_email_invited" ON "ocop_producer_member" ("email") WHERE status = 'invited' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_invitation_token_hash" ON "ocop_producer_member" ("invitation_token_hash") WHERE invitation_token_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_producer_id_foreign";`);
    this.addSql(`alter table if exists "ocop_producer_member" add constraint "ocop_producer_member_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_producer_id_foreign";`);

    this.addSql(`drop table if exists "ocop_producer" cascade;`);

    this.addSql(`drop table if exists "ocop_producer_member" cascade;`);
  }

}
