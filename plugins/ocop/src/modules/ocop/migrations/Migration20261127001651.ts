import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127001651 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_email_unique";`);
    this.addSql(`create table if not exists "ocop_producer_member" ("id" text not null, "email" text not null, "name" text null, "status" text check ("status" in ('invited', 'requested', 'active', 'rejected')) not null default 'invited', "auth_identity_id" text null, "request_note" text null, "status_reason" text null, "producer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_email_unique" ON "ocop_producer_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_producer_id" ON "ocop_producer_member" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_deleted_at" ON "ocop_producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_status" ON "ocop_producer_member" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_producer_member" add constraint "ocop_producer_member_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "ocop_certification" drop constraint if exists "ocop_certification_status_check";`);

    this.addSql(`alter table if exists "ocop_certification" add constraint "ocop_certification_status_check" check("status" in ('active', 'expired', 'revoked', 'superseded', 'pending_review', 'rejected'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_producer_member" cascade;`);

    this.addSql(`alter table if exists "ocop_certification" drop constraint if exists "ocop_certification_status_check";`);

    this.addSql(`alter table if exists "ocop_certification" add constraint "ocop_certification_status_check" check("status" in ('active', 'expired', 'revoked', 'superseded'));`);
  }

}
