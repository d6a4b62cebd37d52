import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203183304 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "privacy_cookie_consent" ("id" text not null, "consent_id" text not null, "customer_id" text null, "action" text check ("action" in ('accept_all', 'reject_all', 'custom')) not null, "granted" jsonb not null, "refused" jsonb not null, "revision" text not null, "language" text not null, "ip_prefix" text null, "user_agent" text null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_cookie_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_cookie_consent_deleted_at" ON "privacy_cookie_consent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_cookie_consent_consent_id_created_at" ON "privacy_cookie_consent" ("consent_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_cookie_consent_customer_id" ON "privacy_cookie_consent" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_cookie_consent_created_at" ON "privacy_cookie_consent" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_cookie_consent" cascade;`);
  }

}
