import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124174457 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_bookkeeping_hold" drop constraint if exists "privacy_bookkeeping_hold_order_id_unique";`);
    this.addSql(`create table if not exists "privacy_bookkeeping_hold" ("id" text not null, "order_id" text not null, "customer_id" text not null, "release_at" timestamptz not null, "released_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_bookkeeping_hold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_bookkeeping_hold_deleted_at" ON "privacy_bookkeeping_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_bookkeeping_hold_order_id_unique" ON "privacy_bookkeeping_hold" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_bookkeeping_hold_released_at_release_at" ON "privacy_bookkeeping_hold" ("released_at", "release_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_bookkeeping_hold_customer_id" ON "privacy_bookkeeping_hold" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_erasure" ("id" text not null, "customer_id" text not null, "customer_number" text null, "trigger" text check ("trigger" in ('customer', 'staff', 'retention')) not null, "status" text check ("status" in ('pending', 'blocked', 'completed', 'failed')) not null default 'pending', "actor_type" text check ("actor_type" in ('customer', 'user', 'api-key', 'system')) not null, "actor_id" text null, "reason" text null, "holds" jsonb null, "counts" jsonb null, "run_id" text null, "failure_reason" text null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_erasure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_erasure_deleted_at" ON "privacy_erasure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_erasure_customer_id_created_at" ON "privacy_erasure" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_erasure_status" ON "privacy_erasure" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_erasure_run_id" ON "privacy_erasure" ("run_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_retention_run" ("id" text not null, "trigger" text check ("trigger" in ('schedule', 'staff')) not null, "actor_id" text null, "status" text check ("status" in ('running', 'completed', 'failed', 'skipped', 'interrupted')) not null default 'running', "started_at" timestamptz not null, "finished_at" timestamptz null, "duration_ms" integer null, "as_of" timestamptz not null, "counts" jsonb null, "failures" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_retention_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_retention_run_deleted_at" ON "privacy_retention_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_retention_run_started_at" ON "privacy_retention_run" ("started_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_retention_run_status" ON "privacy_retention_run" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "privacy_profile" add column if not exists "relationship_ended_at" timestamptz null, add column if not exists "erased_at" timestamptz null, add column if not exists "erasure_warning_sent_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_profile_erased_at" ON "privacy_profile" ("erased_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_bookkeeping_hold" cascade;`);

    this.addSql(`drop table if exists "privacy_erasure" cascade;`);

    this.addSql(`drop table if exists "privacy_retention_run" cascade;`);

    this.addSql(`drop index if exists "IDX_privacy_profile_erased_at";`);
    this.addSql(`alter table if exists "privacy_profile" drop column if exists "relationship_ended_at", drop column if exists "erased_at", drop column if exists "erasure_warning_sent_at";`);
  }

}
