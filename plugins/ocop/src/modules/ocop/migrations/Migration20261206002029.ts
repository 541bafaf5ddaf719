import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206002029 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_status_check";`);

    this.addSql(`drop index if exists "IDX_ocop_producer_member_email_unique";`);

    this.addSql(`alter table if exists "ocop_producer_member" add column if not exists "invitation_token_hash" text null, add column if not exists "invitation_expires_at" timestamptz null;`);
    this.addSql(`alter table if exists "ocop_producer_member" add constraint "ocop_producer_member_status_check" check("status" in ('invited', 'requested', 'active', 'rejected', 'revoked', 'deactivated'));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_email_account" ON "ocop_producer_member" ("email") WHERE status IN ('requested', 'active') AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_email_invited" ON "ocop_producer_member" ("email") WHERE status = 'invited' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_invitation_token_hash" ON "ocop_producer_member" ("invitation_token_hash") WHERE invitation_token_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_status_check";`);

    this.addSql(`drop index if exists "IDX_ocop_producer_member_email_account";`);
    this.addSql(`drop index if exists "IDX_ocop_producer_member_email_invited";`);
    this.addSql(`drop index if exists "IDX_ocop_producer_member_invitation_token_hash";`);
    this.addSql(`alter table if exists "ocop_producer_member" drop column if exists "invitation_token_hash", drop column if exists "invitation_expires_at";`);

    this.addSql(`alter table if exists "ocop_producer_member" add constraint "ocop_producer_member_status_check" check("status" in ('invited', 'requested', 'active', 'rejected'));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_email_unique" ON "ocop_producer_member" ("email") WHERE deleted_at IS NULL;`);
  }

}
