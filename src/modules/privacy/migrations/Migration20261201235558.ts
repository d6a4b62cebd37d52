import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201235558 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_privacy_bookkeeping_hold_customer_id";`);

    this.addSql(`drop index if exists "IDX_privacy_erasure_status";`);
    this.addSql(`drop index if exists "IDX_privacy_erasure_run_id";`);
    // Room on every page for the completion of an erasure to be a heap-only update (the data model
    // language has no storage parameters; a schema diff leaves them alone).
    this.addSql(`alter table if exists "privacy_erasure" set (fillfactor = 50);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "privacy_erasure" reset (fillfactor);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_bookkeeping_hold_customer_id" ON "privacy_bookkeeping_hold" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_erasure_status" ON "privacy_erasure" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_erasure_run_id" ON "privacy_erasure" ("run_id") WHERE deleted_at IS NULL;`);
  }

}
