import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import PrivacyProfile from "./models/privacy-profile"
import PrivacyProfileChange from "./models/privacy-profile-change"
import ConsentConfirmation from "./models/consent-confirmation"
import ConsentEvent from "./models/consent-event"
import ConsentState from "./models/consent-state"
import ConsentSubject from "./models/consent-subject"
import PrivacyExport from "./models/privacy-export"
import PrivacyErasure from "./models/privacy-erasure"
import RetentionRun from "./models/retention-run"
import BookkeepingHold from "./models/bookkeeping-hold"
import EmailHistory from "./models/email-history"
import NoticeVersion from "./models/notice-version"
import PrivacyStaff from "./models/privacy-staff"
import DataSubjectRequest from "./models/data-subject-request"
import DataSubjectRequestEvent from "./models/data-subject-request-event"
import DataSubjectRequestCounter from "./models/data-subject-request-counter"
import ProcessingRestriction from "./models/processing-restriction"
import RecipientDisclosure from "./models/recipient-disclosure"
import RecipientTask from "./models/recipient-task"
import CookieConsent from "./models/cookie-consent"
import type { PrivacyPluginOptions } from "./lib/options"
import type * as Services from "./services"
import type { ExportRequestInput } from "./services/export-requests"

export type * from "./types"
export { CUSTOMER_NUMBER_SEQUENCE } from "./services/profile-registry"

type InjectedDependencies = {
  privacyOptions: PrivacyPluginOptions
  addressHistoryService: Services.AddressHistoryService
  erasureRecordsService: Services.ErasureRecordsService
  expiredRecordsService: Services.ExpiredRecordsService
  retentionRunsService: Services.RetentionRunsService
  consentLedgerService: Services.ConsentLedgerService
  consentSubjectRegistryService: Services.ConsentSubjectRegistryService
  doubleOptInService: Services.DoubleOptInService
  exportDownloadsService: Services.ExportDownloadsService
  exportRequestsService: Services.ExportRequestsService
  privacyPolicyService: Services.PrivacyPolicyService
  profileRegistryService: Services.ProfileRegistryService
  unsubscribeLinksService: Services.UnsubscribeLinksService
  staffRolesService: Services.StaffRolesService
  consentJoinLinksService: Services.ConsentJoinLinksService
  accessLogService: Services.AccessLogService
  dataSubjectRequestsService: Services.DataSubjectRequestsService
  processingRestrictionsService: Services.ProcessingRestrictionsService
  recipientDisclosuresService: Services.RecipientDisclosuresService
  cookieConsentsService: Services.CookieConsentsService
}

/**
 * The privacy module: the generated CRUD of its models, and each concern
 * handed to the internal service that owns it (services/).
 */
class PrivacyModuleService extends MedusaService({
  PrivacyProfile,
  PrivacyProfileChange,
  ConsentSubject,
  ConsentEvent,
  ConsentState,
  ConsentConfirmation,
  PrivacyExport,
  PrivacyErasure,
  RetentionRun,
  BookkeepingHold,
  EmailHistory,
  NoticeVersion,
  PrivacyStaff,
  DataSubjectRequest,
  DataSubjectRequestEvent,
  DataSubjectRequestCounter,
  ProcessingRestriction,
  RecipientDisclosure,
  RecipientTask,
  CookieConsent,
}) {
  protected readonly options_: PrivacyPluginOptions
  protected readonly ledger_: Services.ConsentLedgerService
  protected readonly subjects_: Services.ConsentSubjectRegistryService
  protected readonly optIn_: Services.DoubleOptInService
  protected readonly downloads_: Services.ExportDownloadsService
  protected readonly exports_: Services.ExportRequestsService
  protected readonly policy_: Services.PrivacyPolicyService
  protected readonly profiles_: Services.ProfileRegistryService
  protected readonly unsubscribe_: Services.UnsubscribeLinksService
  protected readonly joinLinks_: Services.ConsentJoinLinksService
  protected readonly addresses_: Services.AddressHistoryService
  protected readonly erasures_: Services.ErasureRecordsService
  protected readonly expired_: Services.ExpiredRecordsService
  protected readonly runs_: Services.RetentionRunsService
  protected readonly staff_: Services.StaffRolesService
  protected readonly accessLog_: Services.AccessLogService
  protected readonly requests_: Services.DataSubjectRequestsService
  protected readonly restrictions_: Services.ProcessingRestrictionsService
  protected readonly disclosures_: Services.RecipientDisclosuresService
  protected readonly cookies_: Services.CookieConsentsService
  /** Work that must finish before the process stops, such as access-log entries not yet written. */
  protected readonly beforeShutdown_: (() => Promise<void>)[] = []
  __hooks = { onApplicationPrepareShutdown: async () => void (await Promise.all(this.beforeShutdown_.map((task) => task()))) }

  constructor(container: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = container.privacyOptions
    this.ledger_ = container.consentLedgerService
    this.subjects_ = container.consentSubjectRegistryService
    this.optIn_ = container.doubleOptInService
    this.downloads_ = container.exportDownloadsService
    this.exports_ = container.exportRequestsService
    this.policy_ = container.privacyPolicyService
    this.profiles_ = container.profileRegistryService
    this.unsubscribe_ = container.unsubscribeLinksService
    this.joinLinks_ = container.consentJoinLinksService
    this.addresses_ = container.addressHistoryService
    this.erasures_ = container.erasureRecordsService
    this.expired_ = container.expiredRecordsService
    this.runs_ = container.retentionRunsService
    this.staff_ = container.staffRolesService
    this.accessLog_ = container.accessLogService
    this.requests_ = container.dataSubjectRequestsService
    this.restrictions_ = container.processingRestrictionsService
    this.disclosures_ = container.recipientDisclosuresService
    this.cookies_ = container.cookieConsentsService
  }

  getOptions(): PrivacyPluginOptions {
    return this.options_
  }

  // Data map, notice and record of processing: PrivacyPolicyService
  getDataMap(...args: Parameters<Services.PrivacyPolicyService["getDataMap"]>) { return this.policy_.getDataMap(...args) }
  getNoticeLanguages(...args: Parameters<Services.PrivacyPolicyService["getNoticeLanguages"]>) { return this.policy_.getNoticeLanguages(...args) }
  getNotice(...args: Parameters<Services.PrivacyPolicyService["getNotice"]>) { return this.policy_.getNotice(...args) }
  async getPublishedNotice(requestedLanguage?: string, sharedContext: Context = {}) { return this.policy_.getPublishedNotice(requestedLanguage, sharedContext) }
  getProcessingRecord(...args: Parameters<Services.PrivacyPolicyService["getProcessingRecord"]>) { return this.policy_.getProcessingRecord(...args) }
  async readSchemaColumns(sharedContext: Context = {}) { return this.policy_.readSchemaColumns(sharedContext) }
  async checkDataMapCoverage(...args: Parameters<Services.PrivacyPolicyService["checkDataMapCoverage"]>) { return this.policy_.checkDataMapCoverage(...args) }

  // Consent ledger: ConsentLedgerService, ConsentSubjectRegistryService
  async recordConsent(...args: Parameters<Services.ConsentLedgerService["recordConsent"]>) { return this.ledger_.recordConsent(...args) }
  async joinConsentHistories(...args: Parameters<Services.ConsentLedgerService["joinConsentHistories"]>) { return this.ledger_.joinConsentHistories(...args) }
  async hasOtherConsentHistories(...args: Parameters<Services.ConsentLedgerService["hasOtherConsentHistories"]>) { return this.ledger_.hasOtherConsentHistories(...args) }
  async getConsentOverview(...args: Parameters<Services.ConsentLedgerService["getConsentOverview"]>) { return this.ledger_.getConsentOverview(...args) }
  async listConsentHistoryPage(...args: Parameters<Services.ConsentLedgerService["listConsentHistoryPage"]>) { return this.ledger_.listConsentHistoryPage(...args) }
  async hasObjected(...args: Parameters<Services.ConsentLedgerService["hasObjected"]>) { return this.ledger_.hasObjected(...args) }
  async listAudience(...args: Parameters<Services.ConsentLedgerService["listAudience"]>) { return this.ledger_.listAudience(...args) }
  async deleteConsentProofs(...args: Parameters<Services.ConsentLedgerService["deleteConsentProofs"]>) { return this.ledger_.deleteConsentProofs(...args) }
  async closeCustomerConsents(...args: Parameters<Services.ConsentSubjectRegistryService["closeCustomerConsents"]>) { return this.subjects_.closeCustomerConsents(...args) }
  async syncConsentEmails(...args: Parameters<Services.ConsentSubjectRegistryService["syncConsentEmails"]>) { return this.subjects_.syncConsentEmails(...args) }
  async findConsentSubject(...args: Parameters<Services.ConsentSubjectRegistryService["findConsentSubject"]>) { return this.subjects_.findConsentSubject(...args) }

  // Double opt-in: DoubleOptInService
  async requestConsentConfirmation(...args: Parameters<Services.DoubleOptInService["requestConsentConfirmation"]>) { return this.optIn_.requestConsentConfirmation(...args) }
  async cancelConsentConfirmation(...args: Parameters<Services.DoubleOptInService["cancelConsentConfirmation"]>) { return this.optIn_.cancelConsentConfirmation(...args) }
  async peekConsentConfirmation(...args: Parameters<Services.DoubleOptInService["peekConsentConfirmation"]>) { return this.optIn_.peekConsentConfirmation(...args) }
  async confirmConsent(...args: Parameters<Services.DoubleOptInService["confirmConsent"]>) { return this.optIn_.confirmConsent(...args) }
  async listConsentConfirmationsPage(...args: Parameters<Services.DoubleOptInService["listConsentConfirmationsPage"]>) { return this.optIn_.listConsentConfirmationsPage(...args) }

  // Unsubscribe links: UnsubscribeLinksService
  unsubscribeLink(...args: Parameters<Services.UnsubscribeLinksService["unsubscribeLink"]>) { return this.unsubscribe_.unsubscribeLink(...args) }
  verifyUnsubscribeToken(...args: Parameters<Services.UnsubscribeLinksService["verifyUnsubscribeToken"]>) { return this.unsubscribe_.verifyUnsubscribeToken(...args) }

  // Links that join an earlier consent history to an account: ConsentJoinLinksService
  consentJoinUrl(...args: Parameters<Services.ConsentJoinLinksService["consentJoinUrl"]>) { return this.joinLinks_.consentJoinUrl(...args) }
  verifyConsentJoinToken(...args: Parameters<Services.ConsentJoinLinksService["verifyConsentJoinToken"]>) { return this.joinLinks_.verifyConsentJoinToken(...args) }
  isSameAddress(...args: Parameters<Services.ConsentJoinLinksService["isSameAddress"]>) { return this.joinLinks_.isSameAddress(...args) }

  // The consent ledger is append-only and written only through recordConsent,
  // which applies Art. 21(3) and keeps the state: the generated mutations are withdrawn.
  // @ts-expect-error narrowing the generated signature to refuse every call
  async createConsentEvents(): Promise<never> { throw appendOnly() }
  // @ts-expect-error see above
  async updateConsentEvents(): Promise<never> { throw appendOnly() }
  // @ts-expect-error see above
  async deleteConsentEvents(): Promise<never> { throw appendOnly() }
  // @ts-expect-error see above
  async softDeleteConsentEvents(): Promise<never> { throw appendOnly() }
  // @ts-expect-error see above
  async restoreConsentEvents(): Promise<never> { throw appendOnly() }

  // Exports: ExportRequestsService, ExportDownloadsService
  /** Records a request for a copy of a customer's data, in the transaction that holds the daily limit's lock. */
  @InjectTransactionManager()
  async requestExport(
    input: ExportRequestInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ limited: true; limit: number } | { limited: false; export: InferTypeOf<typeof PrivacyExport> }> {
    const limit = await this.exports_.reachedDailyLimit(input, sharedContext)
    if (limit !== null) {
      return { limited: true, limit }
    }
    return { limited: false, export: await this.createPrivacyExports(this.exports_.newExport(input), sharedContext) }
  }
  async claimExportBuild(...args: Parameters<Services.ExportRequestsService["claimExportBuild"]>) { return this.exports_.claimExportBuild(...args) }
  async completeExportBuild(...args: Parameters<Services.ExportRequestsService["completeExportBuild"]>) { return this.exports_.completeExportBuild(...args) }
  async uncompleteExportBuild(...args: Parameters<Services.ExportRequestsService["uncompleteExportBuild"]>) { return this.exports_.uncompleteExportBuild(...args) }
  async failExportBuild(...args: Parameters<Services.ExportRequestsService["failExportBuild"]>) { return this.exports_.failExportBuild(...args) }
  async reopenFailedExport(...args: Parameters<Services.ExportRequestsService["reopenFailedExport"]>) { return this.exports_.reopenFailedExport(...args) }
  async unreopenExport(...args: Parameters<Services.ExportRequestsService["unreopenExport"]>) { return this.exports_.unreopenExport(...args) }
  async listStalledExports(...args: Parameters<Services.ExportRequestsService["listStalledExports"]>) { return this.exports_.listStalledExports(...args) }
  async countExportDownload(...args: Parameters<Services.ExportDownloadsService["countExportDownload"]>) { return this.downloads_.countExportDownload(...args) }
  exportDownloadUrl(...args: Parameters<Services.ExportDownloadsService["exportDownloadUrl"]>) { return this.downloads_.exportDownloadUrl(...args) }
  checkExportToken(...args: Parameters<Services.ExportDownloadsService["checkExportToken"]>) { return this.downloads_.checkExportToken(...args) }

  // Profiles, numbering and activity: ProfileRegistryService
  async createMissingProfiles(...args: Parameters<Services.ProfileRegistryService["createMissingProfiles"]>) { return this.profiles_.createMissingProfiles(...args) }
  async recordActivity(...args: Parameters<Services.ProfileRegistryService["recordActivity"]>) { return this.profiles_.recordActivity(...args) }
  async restoreActivity(...args: Parameters<Services.ProfileRegistryService["restoreActivity"]>) { return this.profiles_.restoreActivity(...args) }
  async markErasureWarningSent(...args: Parameters<Services.ProfileRegistryService["markErasureWarningSent"]>) { return this.profiles_.markErasureWarningSent(...args) }

  // Address history, mailboxes confirmed and erasure records (request to completion): AddressHistoryService, ErasureRecordsService
  async recordCustomerAddresses(...args: Parameters<Services.AddressHistoryService["recordCustomerAddresses"]>) { return this.addresses_.recordCustomerAddresses(...args) }
  async confirmMailbox(...args: Parameters<Services.AddressHistoryService["confirmMailbox"]>) { return this.addresses_.confirmMailbox(...args) }
  async unconfirmMailbox(...args: Parameters<Services.AddressHistoryService["unconfirmMailbox"]>) { return this.addresses_.unconfirmMailbox(...args) }
  async recordErasureRequests(...args: Parameters<Services.ErasureRecordsService["recordErasureRequests"]>) { return this.erasures_.recordErasureRequests(...args) }
  async recordAddressErasure(...args: Parameters<Services.ErasureRecordsService["recordAddressErasure"]>) { return this.erasures_.recordAddressErasure(...args) }
  async failPendingErasures(...args: Parameters<Services.ErasureRecordsService["failPendingErasures"]>) { return this.erasures_.failPendingErasures(...args) }
  async completeErasures(...args: Parameters<Services.ErasureRecordsService["completeErasures"]>) { return this.erasures_.completeErasures(...args) }
  async releaseBookkeepingHolds(...args: Parameters<Services.ErasureRecordsService["releaseBookkeepingHolds"]>) { return this.erasures_.releaseBookkeepingHolds(...args) }

  // Retention: RetentionRunsService (run records), ExpiredRecordsService (records past their fixed period)
  async queueRetentionRun(...args: Parameters<Services.RetentionRunsService["queueRetentionRun"]>) { return this.runs_.queueRetentionRun(...args) }
  async beginRetentionRun(...args: Parameters<Services.RetentionRunsService["beginRetentionRun"]>) { return this.runs_.beginRetentionRun(...args) }
  async saveRetentionProgress(...args: Parameters<Services.RetentionRunsService["saveRetentionProgress"]>) { return this.runs_.saveRetentionProgress(...args) }
  async finishRetentionRun(...args: Parameters<Services.RetentionRunsService["finishRetentionRun"]>) { return this.runs_.finishRetentionRun(...args) }
  async closeAbandonedRuns(...args: Parameters<Services.RetentionRunsService["closeAbandonedRuns"]>) { return this.runs_.closeAbandonedRuns(...args) }
  async unqueueRetentionRun(...args: Parameters<Services.RetentionRunsService["unqueueRetentionRun"]>) { return this.runs_.unqueueRetentionRun(...args) }
  ownsTable(table: string) { return this.expired_.ownsTable(table) }
  async deleteExpiredRecords(...args: Parameters<Services.ExpiredRecordsService["deleteExpiredRecords"]>) { return this.expired_.deleteExpiredRecords(...args) }

  // Staff roles (who may reach personal data): StaffRolesService
  async getStaffRole(...args: Parameters<Services.StaffRolesService["getStaffRole"]>) { return this.staff_.getStaffRole(...args) }
  async listStaffRoles(...args: Parameters<Services.StaffRolesService["listStaffRoles"]>) { return this.staff_.listStaffRoles(...args) }
  async grantStaffRole(...args: Parameters<Services.StaffRolesService["grantStaffRole"]>) { return this.staff_.grantStaffRole(...args) }
  async revokeStaffRole(...args: Parameters<Services.StaffRolesService["revokeStaffRole"]>) { return this.staff_.revokeStaffRole(...args) }
  async grantConfiguredOfficers(...args: Parameters<Services.StaffRolesService["grantConfiguredOfficers"]>) { return this.staff_.grantConfiguredOfficers(...args) }

  // Access log (append-only, hash-chained): AccessLogService
  async appendAccessLog(...args: Parameters<Services.AccessLogService["appendAccessLog"]>) { return this.accessLog_.appendAccessLog(...args) }
  async listAccessLog(...args: Parameters<Services.AccessLogService["listAccessLog"]>) { return this.accessLog_.listAccessLog(...args) }
  async verifyAccessLog(...args: Parameters<Services.AccessLogService["verifyAccessLog"]>) { return this.accessLog_.verifyAccessLog(...args) }
  onPrepareShutdown(task: () => Promise<void>) { this.beforeShutdown_.push(task) }

  // Data subject requests and restrictions of processing: DataSubjectRequestsService, ProcessingRestrictionsService
  requestToday(...args: Parameters<Services.DataSubjectRequestsService["requestToday"]>) { return this.requests_.requestToday(...args) }
  requestVerifyUrl(...args: Parameters<Services.DataSubjectRequestsService["requestVerifyUrl"]>) { return this.requests_.requestVerifyUrl(...args) }
  verifyRequestToken(...args: Parameters<Services.DataSubjectRequestsService["verifyRequestToken"]>) { return this.requests_.verifyRequestToken(...args) }
  async createRequest(...args: Parameters<Services.DataSubjectRequestsService["createRequest"]>) { return this.requests_.createRequest(...args) }
  async applyRequestAction(...args: Parameters<Services.DataSubjectRequestsService["applyRequestAction"]>) { return this.requests_.applyRequestAction(...args) }
  async retrieveRequest(...args: Parameters<Services.DataSubjectRequestsService["retrieveRequest"]>) { return this.requests_.retrieveRequest(...args) }
  async listRequests(...args: Parameters<Services.DataSubjectRequestsService["listRequests"]>) { return this.requests_.listRequests(...args) }
  async getRequestStats(...args: Parameters<Services.DataSubjectRequestsService["getRequestStats"]>) { return this.requests_.getRequestStats(...args) }
  async recordRequestEvent(...args: Parameters<Services.DataSubjectRequestsService["recordRequestEvent"]>) { return this.requests_.recordRequestEvent(...args) }
  async closeUnverifiedRequests(...args: Parameters<Services.DataSubjectRequestsService["closeUnverifiedRequests"]>) { return this.requests_.closeUnverifiedRequests(...args) }
  async claimRequestReminders(...args: Parameters<Services.DataSubjectRequestsService["claimRequestReminders"]>) { return this.requests_.claimRequestReminders(...args) }
  async restrictProcessing(...args: Parameters<Services.ProcessingRestrictionsService["restrictProcessing"]>) { return this.restrictions_.restrictProcessing(...args) }
  async liftRestriction(...args: Parameters<Services.ProcessingRestrictionsService["liftRestriction"]>) { return this.restrictions_.liftRestriction(...args) }

  // Disclosure log and Art. 19 recipient tasks: RecipientDisclosuresService
  async recordDisclosures(...args: Parameters<Services.RecipientDisclosuresService["recordDisclosures"]>) { return this.disclosures_.recordDisclosures(...args) }
  async recordFulfillmentDisclosure(...args: Parameters<Services.RecipientDisclosuresService["recordFulfillmentDisclosure"]>) { return this.disclosures_.recordFulfillmentDisclosure(...args) }
  async listDisclosures(...args: Parameters<Services.RecipientDisclosuresService["listDisclosures"]>) { return this.disclosures_.listDisclosures(...args) }
  async getRecipientCounts(...args: Parameters<Services.RecipientDisclosuresService["getRecipientCounts"]>) { return this.disclosures_.getRecipientCounts(...args) }
  async deleteExpiredDisclosures(...args: Parameters<Services.RecipientDisclosuresService["deleteExpiredDisclosures"]>) { return this.disclosures_.deleteExpiredDisclosures(...args) }
  async openRecipientTasks(...args: Parameters<Services.RecipientDisclosuresService["openRecipientTasks"]>) { return this.disclosures_.openRecipientTasks(...args) }
  async claimRecipientNotifications(...args: Parameters<Services.RecipientDisclosuresService["claimRecipientNotifications"]>) { return this.disclosures_.claimRecipientNotifications(...args) }
  async listRecipientTaskPage(...args: Parameters<Services.RecipientDisclosuresService["listRecipientTaskPage"]>) { return this.disclosures_.listRecipientTaskPage(...args) }
  async closeRecipientTask(...args: Parameters<Services.RecipientDisclosuresService["closeRecipientTask"]>) { return this.disclosures_.closeRecipientTask(...args) }

  // Cookie declaration and visitors' choices: CookieConsentsService
  getCookieDeclaration(...args: Parameters<Services.CookieConsentsService["getCookieDeclaration"]>) { return this.cookies_.getCookieDeclaration(...args) }
  async recordCookieChoice(...args: Parameters<Services.CookieConsentsService["recordCookieChoice"]>) { return this.cookies_.recordCookieChoice(...args) }
  async listCookieChoices(...args: Parameters<Services.CookieConsentsService["listCookieChoices"]>) { return this.cookies_.listCookieChoices(...args) }
}

function appendOnly() {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, "The consent ledger is append-only: record a new grant or withdrawal instead")
}

export default PrivacyModuleService
