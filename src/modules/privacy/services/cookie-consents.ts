import type { Context, DAL } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { checkChoice, choiceExpiry } from "../cookies/choice-rules"
import { insertCookieConsent, listCookieConsents } from "../cookies/cookie-consent-store"
import { coarseUserAgent } from "../cookies/coarse-user-agent"
import { declarationRevision, describeCookieDeclaration, offeredCategories } from "../cookies/declaration"
import type { CookieConsentAction } from "../lib/constants"
import { entityIds } from "../lib/entity-ids"
import type { PrivacyPluginOptions } from "../lib/options"
import { resolveNoticeLanguage } from "../notice/build-notice"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

export type CookieChoiceInput = {
  consent_id: string
  action: CookieConsentAction
  categories: string[]
  revision: string
  language: string
  customer_id: string | null
  ip_prefix: string | null
  user_agent: string | null
}

const managerOf = (context: Context) => (context.transactionManager ?? context.manager) as SqlEntityManager

/**
 * The cookie declaration and the visitors' choices on it. The declaration
 * comes from the options, so its revision is computed once per process.
 */
export class CookieConsentsService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions
  protected readonly revision_: string

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
    this.revision_ = declarationRevision(privacyOptions)
  }

  getCookieDeclaration(language?: string) {
    return describeCookieDeclaration(this.options_, language)
  }

  /** Records a choice made on the current revision; a wrong one is refused with the field it is wrong in. */
  @InjectTransactionManager()
  async recordCookieChoice(input: CookieChoiceInput, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const { granted, refused } = checkChoice(offeredCategories(this.options_), input, this.revision_)
    const [id] = entityIds("pckc", 1, now.getTime())
    return insertCookieConsent(managerOf(sharedContext), {
      id,
      consent_id: input.consent_id,
      customer_id: input.customer_id,
      action: input.action,
      granted,
      refused,
      revision: input.revision,
      language: resolveNoticeLanguage(this.options_, input.language),
      ip_prefix: input.ip_prefix,
      user_agent: coarseUserAgent(input.user_agent),
      created_at: now,
      expires_at: choiceExpiry(now, this.options_.cookieConsentMonths),
    })
  }

  @InjectManager()
  async listCookieChoices(filter: { consent_id?: string; customer_id?: string }, @MedusaContext() sharedContext: Context = {}) {
    return listCookieConsents(managerOf(sharedContext), filter)
  }
}
