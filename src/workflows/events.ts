// Kept for erase-customers.ts and run-retention.ts until they import the module's events directly.
export { PrivacyEvents } from "../modules/privacy/lib/events"
