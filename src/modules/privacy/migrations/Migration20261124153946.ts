import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124153946 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_consent_subject" drop constraint if exists "privacy_consent_subject_customer_id_unique";`);
    this.addSql(`alter table if exists "privacy_consent_state" drop constraint if exists "privacy_consent_state_subject_id_purpose_channel_unique";`);
    this.addSql(`alter table if exists "privacy_consent_confirmation" drop constraint if exists "privacy_consent_confirmation_token_hash_unique";`);
    this.addSql(`create table if not exists "privacy_consent_confirmation" ("id" text not null, "subject_id" text not null, "purpose" text not null, "channel" text check ("channel" in ('email', 'sms', 'phone', 'post')) not null, "source" text check ("source" in ('storefront', 'checkout', 'account', 'unsubscribe_link', 'double_opt_in', 'admin_phone', 'admin_email', 'admin_letter', 'import')) not null, "token_hash" text not null, "notice_version" text null, "notice_language" text null, "ip_prefix" text null, "user_agent" text null, "expires_at" timestamptz not null, "confirmed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_consent_confirmation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_confirmation_deleted_at" ON "privacy_consent_confirmation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_consent_confirmation_token_hash_unique" ON "privacy_consent_confirmation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_confirmation_subject_id_created_at" ON "privacy_consent_confirmation" ("subject_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_consent_event" ("id" text not null, "seq" serial, "subject_id" text not null, "purpose" text not null, "channel" text check ("channel" in ('email', 'sms', 'phone', 'post')) not null, "action" text check ("action" in ('granted', 'withdrawn')) not null, "source" text check ("source" in ('storefront', 'checkout', 'account', 'unsubscribe_link', 'double_opt_in', 'admin_phone', 'admin_email', 'admin_letter', 'import')) not null, "notice_version" text null, "notice_language" text null, "actor_type" text check ("actor_type" in ('customer', 'subject', 'user', 'api-key', 'system')) not null, "actor_id" text null, "note" text null, "ip_prefix" text null, "user_agent" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_consent_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_event_deleted_at" ON "privacy_consent_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_event_subject_id_seq" ON "privacy_consent_event" ("subject_id", "seq") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_consent_state" ("id" text not null, "subject_id" text not null, "purpose" text not null, "channel" text check ("channel" in ('email', 'sms', 'phone', 'post')) not null, "granted" boolean not null, "source" text check ("source" in ('storefront', 'checkout', 'account', 'unsubscribe_link', 'double_opt_in', 'admin_phone', 'admin_email', 'admin_letter', 'import')) not null, "last_event_id" text not null, "last_event_seq" integer not null, "changed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_consent_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_state_deleted_at" ON "privacy_consent_state" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_consent_state_subject_id_purpose_channel_unique" ON "privacy_consent_state" ("subject_id", "purpose", "channel") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_state_purpose_channel_granted_subject_id" ON "privacy_consent_state" ("purpose", "channel", "granted", "subject_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_consent_subject" ("id" text not null, "customer_id" text null, "email" text null, "language" text null, "merged_into_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_consent_subject_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_subject_deleted_at" ON "privacy_consent_subject" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_consent_subject_customer_id_unique" ON "privacy_consent_subject" ("customer_id") WHERE deleted_at IS NULL AND customer_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_subject_email" ON "privacy_consent_subject" ("email") WHERE deleted_at IS NULL AND email IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_subject_merged_into_id" ON "privacy_consent_subject" ("merged_into_id") WHERE deleted_at IS NULL AND merged_into_id IS NOT NULL;`);

    // The consent ledger is append-only (GDPR Art. 7(1) proof). Only retention's own
    // maintenance, which sets privacy.ledger_maintenance for its transaction, may
    // pseudonymise or delete events.
    this.addSql(`create or replace function "privacy_consent_event_append_only"() returns trigger language plpgsql as $$
      begin
        if current_setting('privacy.ledger_maintenance', true) = 'on' then
          return coalesce(new, old);
        end if;
        raise exception 'privacy_consent_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`drop trigger if exists "privacy_consent_event_append_only" on "privacy_consent_event";`);
    this.addSql(`create trigger "privacy_consent_event_append_only" before update or delete on "privacy_consent_event" for each row execute function "privacy_consent_event_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "privacy_consent_event_append_only" on "privacy_consent_event";`);
    this.addSql(`drop function if exists "privacy_consent_event_append_only"();`);
    this.addSql(`drop table if exists "privacy_consent_confirmation" cascade;`);

    this.addSql(`drop table if exists "privacy_consent_event" cascade;`);

    this.addSql(`drop table if exists "privacy_consent_state" cascade;`);

    this.addSql(`drop table if exists "privacy_consent_subject" cascade;`);
  }

}
