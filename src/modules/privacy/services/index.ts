// Medusa registers every class exported by the other files of this folder in
// the module's container, by its name (ConsentLedgerService -> consentLedgerService),
// beside the services it generates per model, named after the table
// (privacy_consent_subject -> privacyConsentSubjectService).
export { AccessLogService } from "./access-log"
export { AddressHistoryService } from "./address-history"
export { ConsentLedgerService } from "./consent-ledger"
export { ConsentSubjectRegistryService } from "./consent-subject-registry"
export { DoubleOptInService } from "./double-opt-in"
export { ExportDownloadsService } from "./export-downloads"
export { ErasureRecordsService } from "./erasure-records"
export { ExportRequestsService } from "./export-requests"
export { ExpiredRecordsService } from "./expired-records"
export { PrivacyPolicyService } from "./privacy-policy"
export { ProfileRegistryService } from "./profile-registry"
export { RetentionRunsService } from "./retention-runs"
export { StaffRolesService } from "./staff-roles"
export { UnsubscribeLinksService } from "./unsubscribe-links"
export { ConsentJoinLinksService } from "./consent-join-links"
export { DataSubjectRequestsService } from "./data-subject-requests"
export { ProcessingRestrictionsService } from "./processing-restrictions"
export { RecipientDisclosuresService } from "./recipient-disclosures"
export { CookieConsentsService } from "./cookie-consents"
