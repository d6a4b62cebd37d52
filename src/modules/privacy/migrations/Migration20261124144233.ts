import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124144233 extends Migration {

  override async up(): Promise<void> {
    // Customer numbers come from a sequence so concurrent sign-ups never collide.
    this.addSql(`create sequence if not exists "privacy_customer_number_seq" as bigint start with 1;`);
    this.addSql(`alter table if exists "privacy_profile" drop constraint if exists "privacy_profile_customer_number_unique";`);
    this.addSql(`alter table if exists "privacy_profile" drop constraint if exists "privacy_profile_customer_id_unique";`);
    this.addSql(`create table if not exists "privacy_profile" ("id" text not null, "customer_id" text not null, "customer_number" text not null, "gender" text check ("gender" in ('female', 'male', 'other', 'undisclosed')) null, "homepage_url" text null, "language" text not null, "source" text check ("source" in ('storefront', 'checkout', 'admin', 'phone', 'email', 'import')) not null, "last_activity_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_profile_deleted_at" ON "privacy_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_profile_customer_id_unique" ON "privacy_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_profile_customer_number_unique" ON "privacy_profile" ("customer_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_profile_last_activity_at" ON "privacy_profile" ("last_activity_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_profile_change" ("id" text not null, "customer_id" text not null, "fields" text[] not null, "channel" text check ("channel" in ('storefront', 'admin', 'system')) not null, "actor_type" text check ("actor_type" in ('customer', 'user', 'system')) not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_profile_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_profile_change_deleted_at" ON "privacy_profile_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_profile_change_customer_id_created_at" ON "privacy_profile_change" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_profile" cascade;`);

    this.addSql(`drop table if exists "privacy_profile_change" cascade;`);

    this.addSql(`drop sequence if exists "privacy_customer_number_seq";`);
  }

}
