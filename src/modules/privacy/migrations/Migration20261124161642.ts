import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124161642 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "privacy_export" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('pending', 'building', 'ready', 'failed', 'expired')) not null default 'pending', "requested_by" text check ("requested_by" in ('customer', 'staff')) not null, "verification" text check ("verification" in ('session', 'signed_document', 'in_person', 'email_on_file')) not null, "actor_type" text check ("actor_type" in ('customer', 'user', 'api-key')) not null, "actor_id" text null, "note" text null, "language" text not null, "file_key" text null, "file_size" integer null, "checksum" text null, "attempts" integer not null default 0, "failure_reason" text null, "ready_at" timestamptz null, "expires_at" timestamptz null, "download_count" integer not null default 0, "last_downloaded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_export_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_export_deleted_at" ON "privacy_export" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_export_customer_id_created_at" ON "privacy_export" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_export_status_expires_at" ON "privacy_export" ("status", "expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_export" cascade;`);
  }

}
