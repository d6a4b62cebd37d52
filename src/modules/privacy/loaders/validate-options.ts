import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parsePrivacyOptions } from "../lib/options"

/**
 * Refuses to start Medusa with wrong plugin options. The error names every
 * wrong option and what was expected; nothing starts half-configured. The
 * parsed options are registered as `privacyOptions` for the module's services.
 */
export default async function validateOptionsLoader({ options, container }: LoaderOptions) {
  const parsed = parsePrivacyOptions(options)
  container.register("privacyOptions", asValue(parsed))
  if (parsed.links.ephemeral) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        "privacy: no linkSecret is set, so unsubscribe and download links are signed with a secret made at start-up: " +
          "they stop working at the next restart and differ between server and worker. Set linkSecret outside development."
      )
  }
}
