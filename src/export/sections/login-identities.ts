import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSection } from "../types"

const COLUMNS = ["provider", "username", "profile", "created_at"] as const

/**
 * How the customer signs in: the provider and the username, and the profile a
 * social sign-in provider sent. Never the password hash or any token.
 */
export const loginIdentitiesSection = defineSection({
  key: "login_identities",
  many: true,
  tables: ["provider_identity"],
  async *records({ container, customer_id }) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "auth_identity",
      fields: ["id", "provider_identities.provider", "provider_identities.entity_id", "provider_identities.user_metadata", "provider_identities.created_at"],
      filters: { app_metadata: { customer_id } },
    })
    for (const identity of data as { provider_identities?: Record<string, unknown>[] }[]) {
      for (const provider of identity.provider_identities ?? []) {
        yield {
          provider: provider.provider,
          username: provider.entity_id,
          profile: provider.user_metadata ?? null,
          created_at: provider.created_at,
        }
      }
    }
  },
  csv: [{ name: "login_identities", columns: COLUMNS, rows: (record) => [record] }],
})
