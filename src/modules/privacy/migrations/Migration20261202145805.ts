import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202145805 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_erasure" add column if not exists "email_hash" text null;`);
    this.addSql(`alter table if exists "privacy_erasure" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "privacy_erasure" alter column "customer_id" drop not null;`);

    this.addSql(`alter table if exists "privacy_export" add column if not exists "email" text null;`);
    this.addSql(`alter table if exists "privacy_export" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "privacy_export" alter column "customer_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "privacy_erasure" drop column if exists "email_hash";`);

    this.addSql(`alter table if exists "privacy_erasure" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "privacy_erasure" alter column "customer_id" set not null;`);

    this.addSql(`alter table if exists "privacy_export" drop column if exists "email";`);

    this.addSql(`alter table if exists "privacy_export" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "privacy_export" alter column "customer_id" set not null;`);
  }

}
