import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import type { ErasureSettings, Transactional } from "./erase-customers"

type Resolver = { resolve: <T = any>(key: string) => T }

export function erasureSettings(container: Resolver, now: Date = new Date()): ErasureSettings {
  const options = container.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions()
  return { entries: options.dataMap.entries, bookkeeping: options.retention.bookkeeping, now, emailKey: options.links.emailKey }
}

/** The store's database connection (Knex), shared by every module of a standard Medusa deployment. */
export function database(container: Resolver): Transactional {
  return container.resolve<Transactional>(ContainerRegistrationKeys.PG_CONNECTION)
}
