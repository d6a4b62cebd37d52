import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202050833 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_mailbox_confirmation" drop constraint if exists "privacy_mailbox_confirmation_customer_id_email_hash_unique";`);
    this.addSql(`create table if not exists "privacy_mailbox_confirmation" ("id" text not null, "customer_id" text not null, "email_hash" text not null, "confirmed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_mailbox_confirmation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_mailbox_confirmation_deleted_at" ON "privacy_mailbox_confirmation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_mailbox_confirmation_customer_id_email_hash_unique" ON "privacy_mailbox_confirmation" ("customer_id", "email_hash") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_mailbox_confirmation" cascade;`);
  }

}
