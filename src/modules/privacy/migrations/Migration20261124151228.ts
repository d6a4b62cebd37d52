import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124151228 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_profile_change" drop constraint if exists "privacy_profile_change_actor_type_check";`);

    this.addSql(`alter table if exists "privacy_profile_change" add constraint "privacy_profile_change_actor_type_check" check("actor_type" in ('customer', 'user', 'api-key', 'system'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "privacy_profile_change" drop constraint if exists "privacy_profile_change_actor_type_check";`);

    this.addSql(`alter table if exists "privacy_profile_change" add constraint "privacy_profile_change_actor_type_check" check("actor_type" in ('customer', 'user', 'system'));`);
  }

}
