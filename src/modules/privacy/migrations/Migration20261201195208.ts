import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201195208 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_retention_run" drop constraint if exists "privacy_retention_run_status_check";`);

    this.addSql(`alter table if exists "privacy_retention_run" add column if not exists "reason" jsonb null;`);
    this.addSql(`alter table if exists "privacy_retention_run" add constraint "privacy_retention_run_status_check" check("status" in ('queued', 'running', 'completed', 'failed', 'skipped', 'interrupted'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "privacy_retention_run" drop constraint if exists "privacy_retention_run_status_check";`);

    this.addSql(`alter table if exists "privacy_retention_run" drop column if exists "reason";`);

    this.addSql(`alter table if exists "privacy_retention_run" add constraint "privacy_retention_run_status_check" check("status" in ('running', 'completed', 'failed', 'skipped', 'interrupted'));`);
  }

}
