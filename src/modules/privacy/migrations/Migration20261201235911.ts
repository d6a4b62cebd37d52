import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201235911 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_notice_version" drop constraint if exists "privacy_notice_version_language_version_unique";`);
    this.addSql(`create table if not exists "privacy_notice_version" ("id" text not null, "language" text not null, "version" text not null, "published_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_notice_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_notice_version_deleted_at" ON "privacy_notice_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_notice_version_language_version_unique" ON "privacy_notice_version" ("language", "version") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_notice_version" cascade;`);
  }

}
