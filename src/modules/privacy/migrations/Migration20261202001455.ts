import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202001455 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_staff" drop constraint if exists "privacy_staff_user_id_unique";`);
    this.addSql(`create table if not exists "privacy_staff" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('privacy_officer', 'privacy_agent')) not null, "granted_by" text null, "granted_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_staff_deleted_at" ON "privacy_staff" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_staff_user_id_unique" ON "privacy_staff" ("user_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_staff" cascade;`);
  }

}
