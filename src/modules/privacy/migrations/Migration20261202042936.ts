import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202042936 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_access_log" drop constraint if exists "privacy_access_log_seq_unique";`);
    this.addSql(`create table if not exists "privacy_access_log" ("id" text not null, "seq" integer not null, "occurred_at" timestamptz not null, "actor_type" text check ("actor_type" in ('user', 'api-key', 'link')) not null, "actor_id" text null, "role" text null, "action" text check ("action" in ('read', 'list', 'export', 'download', 'rectify', 'erase', 'record_consent')) not null, "method" text not null, "route" text not null, "status" integer not null, "outcome" text check ("outcome" in ('ok', 'refused', 'failed')) not null, "customer_ids" text[] not null, "customer_count" integer not null, "purpose" text null, "ip_prefix" text null, "prev_hash" text not null, "hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_access_log_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_access_log_deleted_at" ON "privacy_access_log" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_access_log_seq_unique" ON "privacy_access_log" ("seq") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_access_log_actor_id_seq" ON "privacy_access_log" ("actor_id", "seq") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_access_log_occurred_at" ON "privacy_access_log" ("occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_access_log_checkpoint" ("id" text not null, "through_seq" integer not null, "through_hash" text not null, "pruned_rows" integer not null, "pruned_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_access_log_checkpoint_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_access_log_checkpoint_deleted_at" ON "privacy_access_log_checkpoint" ("deleted_at") WHERE deleted_at IS NULL;`);

    // Officers filter by customer; the data model language has no GIN index over an array.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_access_log_customer_ids" ON "privacy_access_log" USING gin ("customer_ids") WHERE deleted_at IS NULL;`);
    // Append-only, as the consent ledger: only retention's pruning, which sets
    // privacy.access_log_maintenance for its transaction, may delete entries.
    this.addSql(`create or replace function "privacy_access_log_append_only"() returns trigger language plpgsql as $$
      begin
        if current_setting('privacy.access_log_maintenance', true) = 'on' and tg_op = 'DELETE' then
          return old;
        end if;
        raise exception 'privacy_access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`drop trigger if exists "privacy_access_log_append_only" on "privacy_access_log";`);
    this.addSql(`create trigger "privacy_access_log_append_only" before update or delete on "privacy_access_log" for each row execute function "privacy_access_log_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "privacy_access_log_append_only" on "privacy_access_log";`);
    this.addSql(`drop function if exists "privacy_access_log_append_only"();`);
    this.addSql(`drop table if exists "privacy_access_log" cascade;`);

    this.addSql(`drop table if exists "privacy_access_log_checkpoint" cascade;`);
  }

}
