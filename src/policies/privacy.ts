import { definePolicies } from "@medusajs/framework/utils"
import { privacyPolicyDefinitions } from "../api/access/admin-route-policies"

/**
 * Medusa imports every file in a plugin's `policies` folder at start-up, with
 * or without the `rbac` feature flag; `definePolicies` only records them, and
 * Medusa's RBAC module, where a store runs it, stores them so roles can hold them.
 */
export const privacyPolicies = definePolicies(privacyPolicyDefinitions())
