import { byColumn } from "./define"
import { OWN_AUTH_IDENTITIES } from "./sets"

/**
 * Sign-ins. One that also carries another actor (Medusa lets a staff user and
 * a customer share an address and so an identity) stays for that actor, with
 * only the customer's link removed, as core's removeCustomerAccountWorkflow does.
 */
const own = (column: string) => `t.${column} IN ${OWN_AUTH_IDENTITIES}`

export const authProcessors = [
  byColumn("auth_identity", "login_identities", "auth_identity", "id", {
    erasable: own("id"),
    alsoErase: (sets) =>
      sets.empty("auth_identity")
        ? []
        : [
            `UPDATE auth_identity SET app_metadata = app_metadata - 'customer_id'
              WHERE id IN (SELECT id FROM privacy_person_auth_identity WHERE shared)`,
          ],
  }),
  byColumn("provider_identity", "login_identities", "auth_identity", "auth_identity_id", {
    erasable: own("auth_identity_id"),
    relations: { auth_identity_id: "t.auth_identity_id", provider: "t.provider" },
  }),
  byColumn("auth_password_reset_token", "login_identities", "auth_identity", "auth_identity_id", { erasable: own("auth_identity_id") }),
  byColumn("auth_verification", "login_identities", "auth_identity", "auth_identity_id", { erasable: own("auth_identity_id") }),
  byColumn("auth_mfa_factor", "login_identities", "auth_identity", "auth_identity_id", { erasable: own("auth_identity_id") }),
]

