import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201195516 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_email_history" drop constraint if exists "privacy_email_history_customer_id_email_hash_unique";`);
    this.addSql(`create table if not exists "privacy_email_history" ("id" text not null, "customer_id" text not null, "email_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_email_history_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_email_history_deleted_at" ON "privacy_email_history" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_email_history_customer_id_email_hash_unique" ON "privacy_email_history" ("customer_id", "email_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_email_history_email_hash" ON "privacy_email_history" ("email_hash") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_email_history" cascade;`);
  }

}
