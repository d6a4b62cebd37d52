import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124162058 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_consent_subject" add column if not exists "closed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "privacy_consent_subject" drop column if exists "closed_at";`);
  }

}
