import type { LoaderOptions } from "@medusajs/framework/types"
import { parsePrivacyOptions } from "../lib/options"

/**
 * Refuses to start Medusa with wrong plugin options. The error names every
 * wrong option and what was expected; nothing starts half-configured.
 */
export default async function validateOptionsLoader({ options }: LoaderOptions) {
  parsePrivacyOptions(options)
}
