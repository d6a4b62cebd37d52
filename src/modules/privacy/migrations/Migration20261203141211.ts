import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203141211 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "privacy_disclosure" ("id" text not null, "customer_id" text null, "subject_id" text null, "recipient_id" text not null, "recipient_name" text not null, "data_categories" jsonb not null, "legal_basis" text check ("legal_basis" in ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')) not null, "occasion" text check ("occasion" in ('fulfillment', 'payment_session', 'payment_authorization', 'notification', 'audience_download', 'debt_collection', 'authority_request', 'other')) not null, "source_type" text null, "source_id" text null, "order_id" text null, "reference" text null, "legal_reference" text null, "note" text null, "disclosed_at" timestamptz not null, "actor_type" text check ("actor_type" in ('system', 'user')) not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_disclosure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_disclosure_deleted_at" ON "privacy_disclosure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_disclosure_customer_id_disclosed_at" ON "privacy_disclosure" ("customer_id", "disclosed_at") WHERE deleted_at IS NULL AND customer_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_disclosure_subject_id" ON "privacy_disclosure" ("subject_id") WHERE deleted_at IS NULL AND subject_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_disclosure_recipient_id_disclosed_at" ON "privacy_disclosure" ("recipient_id", "disclosed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_disclosure_order_id" ON "privacy_disclosure" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);

    this.addSql(`create table if not exists "privacy_recipient_task" ("id" text not null, "recipient_id" text not null, "change" text check ("change" in ('erasure', 'rectification', 'restriction')) not null, "customer_id" text null, "request_id" text null, "status" text check ("status" in ('open', 'done', 'not_required')) not null default 'open', "reason" text null, "notified_at" timestamptz null, "closed_at" timestamptz null, "closed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_recipient_task_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_recipient_task_deleted_at" ON "privacy_recipient_task" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_recipient_task_status_created_at" ON "privacy_recipient_task" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_recipient_task_customer_id" ON "privacy_recipient_task" ("customer_id") WHERE deleted_at IS NULL AND customer_id IS NOT NULL;`);
    // Written by hand: a delivered-twice event or a repeated erasure must not log or open the same thing twice.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_disclosure_source_unique" ON "privacy_disclosure" ("recipient_id", "occasion", "source_id", (coalesce("customer_id", "subject_id", ''))) WHERE deleted_at IS NULL AND source_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_recipient_task_unique" ON "privacy_recipient_task" ("recipient_id", "change", (coalesce("customer_id", '')), (coalesce("request_id", ''))) WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_recipient_task_request_id" ON "privacy_recipient_task" ("request_id") WHERE deleted_at IS NULL AND request_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_disclosure" cascade;`);

    this.addSql(`drop table if exists "privacy_recipient_task" cascade;`);
  }

}
