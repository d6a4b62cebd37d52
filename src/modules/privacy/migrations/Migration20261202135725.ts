import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202135725 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_request" drop constraint if exists "privacy_request_reference_unique";`);
    this.addSql(`create table if not exists "privacy_request" ("id" text not null, "reference" text not null, "rights" text[] not null, "channel" text check ("channel" in ('web_form', 'account', 'email', 'letter', 'phone', 'in_person')) not null, "status" text check ("status" in ('received', 'awaiting_verification', 'in_progress', 'completed', 'refused', 'withdrawn')) not null default 'received', "received_at" timestamptz not null, "received_on" text not null, "customer_id" text null, "email" text null, "language" text not null, "country" text not null, "verification_method" text check ("verification_method" in ('session', 'email_link', 'signed_document', 'in_person', 'id_checked')) null, "verified_at" timestamptz null, "paused_since" text null, "pauses" jsonb null, "first_due_on" text not null, "due_on" text not null, "extended_at" timestamptz null, "extension_reason" text null, "outcome" text check ("outcome" in ('done', 'partial', 'no_data', 'refused', 'withdrawn')) null, "kept" jsonb null, "answer_note" text null, "refusal_reason" text null, "closed_at" timestamptz null, "created_by_type" text check ("created_by_type" in ('customer', 'user', 'api-key', 'subject', 'system')) not null, "created_by_id" text null, "reminded_on" text null, "version" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_deleted_at" ON "privacy_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_request_reference_unique" ON "privacy_request" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_due_on_id" ON "privacy_request" ("due_on", "id") WHERE deleted_at IS NULL AND closed_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_received_at_id" ON "privacy_request" ("received_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_customer_id" ON "privacy_request" ("customer_id") WHERE deleted_at IS NULL AND customer_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_email" ON "privacy_request" ("email") WHERE deleted_at IS NULL AND email IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_closed_at" ON "privacy_request" ("closed_at") WHERE deleted_at IS NULL AND closed_at IS NOT NULL;`);

    this.addSql(`create table if not exists "privacy_request_counter" ("id" text not null, "last" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_request_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_counter_deleted_at" ON "privacy_request_counter" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_request_event" ("id" text not null, "request_id" text not null, "kind" text check ("kind" in ('created', 'verification_sent', 'verified', 'paused', 'resumed', 'extended', 'completed', 'refused', 'withdrawn', 'linked', 'note', 'answer_sent', 'reminded')) not null, "from_status" text check ("from_status" in ('received', 'awaiting_verification', 'in_progress', 'completed', 'refused', 'withdrawn')) null, "to_status" text check ("to_status" in ('received', 'awaiting_verification', 'in_progress', 'completed', 'refused', 'withdrawn')) null, "actor_type" text check ("actor_type" in ('customer', 'user', 'api-key', 'subject', 'system')) not null, "actor_id" text null, "occurred_at" timestamptz not null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_request_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_event_deleted_at" ON "privacy_request_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_event_request_id_occurred_at" ON "privacy_request_event" ("request_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_restriction" ("id" text not null, "customer_id" text null, "email_hash" text null, "request_id" text null, "reason" text not null, "started_at" timestamptz not null, "started_by" text null, "lifted_at" timestamptz null, "lifted_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_restriction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_restriction_deleted_at" ON "privacy_restriction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_restriction_customer_id" ON "privacy_restriction" ("customer_id") WHERE deleted_at IS NULL AND lifted_at IS NULL AND customer_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_restriction_email_hash" ON "privacy_restriction" ("email_hash") WHERE deleted_at IS NULL AND lifted_at IS NULL AND email_hash IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_request" cascade;`);

    this.addSql(`drop table if exists "privacy_request_counter" cascade;`);

    this.addSql(`drop table if exists "privacy_request_event" cascade;`);

    this.addSql(`drop table if exists "privacy_restriction" cascade;`);
  }

}
