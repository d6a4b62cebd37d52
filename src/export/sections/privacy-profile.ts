import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { keysetPages } from "../paging"
import { defineSection, pick } from "../types"

const PROFILE = ["customer_number", "language", "gender", "homepage_url", "source", "last_activity_at", "created_at", "updated_at"] as const
const CHANGES = ["created_at", "fields", "channel", "actor_type", "actor_id"] as const

export const privacyProfileSection = defineSection({
  key: "privacy_profile",
  many: false,
  tables: ["privacy_profile"],
  async *records({ container, customer_id }) {
    const [profile] = await container
      .resolve<PrivacyModuleService>(PRIVACY_MODULE)
      .listPrivacyProfiles({ customer_id }, { select: [...PROFILE] })
    if (profile) {
      yield pick(profile as Record<string, unknown>, PROFILE)
    }
  },
  csv: [{ name: "privacy_profile", columns: PROFILE, rows: (record) => [pick(record, PROFILE)] }],
})

export const profileChangesSection = defineSection({
  key: "profile_changes",
  many: true,
  tables: ["privacy_profile_change"],
  async *records({ container, customer_id, pageSize }) {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const pages = keysetPages(
      (after: string | undefined) =>
        privacy.listPrivacyProfileChanges(
          after ? { customer_id, id: { $gt: after } } : { customer_id },
          { select: ["id", ...CHANGES], order: { id: "ASC" }, take: pageSize }
        ),
      (change) => change.id,
      pageSize
    )
    for await (const changes of pages) {
      yield* changes.map((change) => pick(change as Record<string, unknown>, CHANGES))
    }
  },
  csv: [
    {
      name: "profile_changes",
      columns: CHANGES,
      rows: (record) => [{ ...pick(record, CHANGES), fields: (record.fields as string[]).join(" ") }],
    },
  ],
})
