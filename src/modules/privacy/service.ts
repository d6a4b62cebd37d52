import type { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import PrivacyProfile from "./models/privacy-profile"
import PrivacyProfileChange from "./models/privacy-profile-change"
import type { CustomerSource } from "./lib/constants"
import { parsePrivacyOptions, type PrivacyPluginOptions } from "./lib/options"
import { checkCoverage, type CoverageReport, type SchemaColumn } from "./data-map/coverage"
import type { EffectiveDataMap } from "./data-map/types"
import { buildNotice, noticeLanguages, resolveNoticeLanguage, type PrivacyNotice } from "./notice/build-notice"
import { buildProcessingRecord, type ProcessingRecord } from "./records/build-record"

export type PrivacyProfileDTO = InferTypeOf<typeof PrivacyProfile>

export type NewProfileInput = {
  customer_id: string
  source: CustomerSource
  language?: string
  last_activity_at?: Date | null
}

/** Postgres sequence created by the module's migration; numbers are never reused. */
export const CUSTOMER_NUMBER_SEQUENCE = "privacy_customer_number_seq"

class PrivacyModuleService extends MedusaService({
  PrivacyProfile,
  PrivacyProfileChange,
}) {
  protected readonly options_: PrivacyPluginOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePrivacyOptions(options)
  }

  getOptions(): PrivacyPluginOptions {
    return this.options_
  }

  getDataMap(): EffectiveDataMap {
    return this.options_.dataMap
  }

  /** Notices depend on the options only, so each language is built once. */
  private readonly notices_ = new Map<string, PrivacyNotice>()

  getNoticeLanguages(): string[] {
    return noticeLanguages(this.options_)
  }

  getNotice(requestedLanguage?: string): PrivacyNotice {
    const language = resolveNoticeLanguage(this.options_, requestedLanguage)
    let notice = this.notices_.get(language)
    if (!notice) {
      notice = buildNotice(this.options_, language)
      this.notices_.set(language, notice)
    }
    return notice
  }

  getProcessingRecord(requestedLanguage?: string): ProcessingRecord {
    return buildProcessingRecord(this.options_, resolveNoticeLanguage(this.options_, requestedLanguage))
  }

  /** Every column of the database's current schema, for the data-map coverage check. */
  @InjectManager()
  async readSchemaColumns(@MedusaContext() sharedContext: Context = {}): Promise<SchemaColumn[]> {
    const manager = sharedContext.manager as SqlEntityManager
    return await manager.execute(
      `SELECT table_name AS "table", column_name AS "column", data_type
         FROM information_schema.columns
        WHERE table_schema = current_schema()
        ORDER BY table_name, ordinal_position`
    )
  }

  /** Compares the live schema with the map: unmapped personal columns and stale entries. */
  async checkDataMapCoverage(): Promise<CoverageReport> {
    return checkCoverage(await this.readSchemaColumns(), this.options_.dataMap)
  }

  /**
   * Creates a profile for each customer that has none and returns only the new
   * ones. One statement numbers them from the sequence and skips customers
   * that already have a profile, so sign-up subscribers, lazy reads and the
   * backfill can race without duplicates or colliding numbers.
   */
  @InjectTransactionManager()
  async createMissingProfiles(
    input: NewProfileInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PrivacyProfileDTO[]> {
    if (!input.length) {
      return []
    }
    const { prefix, padding } = this.options_.customerNumber
    const firstPerCustomer = new Map<string, NewProfileInput>()
    for (const item of input) {
      if (!firstPerCustomer.has(item.customer_id)) {
        firstPerCustomer.set(item.customer_id, item)
      }
    }
    const rows = [...firstPerCustomer.values()].map((item) => ({
      id: generateEntityId(undefined, "pprof"),
      customer_id: item.customer_id,
      source: item.source,
      language: item.language ?? this.options_.defaultLanguage,
      last_activity_at: item.last_activity_at ?? null,
    }))
    const manager = sharedContext.transactionManager as SqlEntityManager
    return await manager.execute(
      `
      INSERT INTO privacy_profile (id, customer_id, customer_number, language, source, last_activity_at)
      SELECT numbered.id, numbered.customer_id,
             ? || lpad(numbered.n::text, greatest(?::int, length(numbered.n::text)), '0'),
             numbered.language, numbered.source, numbered.last_activity_at
        FROM (SELECT input.*, nextval('${CUSTOMER_NUMBER_SEQUENCE}') AS n
                FROM jsonb_to_recordset(?::jsonb)
                     AS input(id text, customer_id text, language text, source text,
                        last_activity_at timestamptz)
               WHERE NOT EXISTS (SELECT 1 FROM privacy_profile existing
                                  WHERE existing.customer_id = input.customer_id
                                    AND existing.deleted_at IS NULL)) numbered
      ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING
      RETURNING *`,
      [prefix, padding, JSON.stringify(rows)]
    )
  }

  /**
   * Moves `last_activity_at` forward (never back) for the given customers and
   * returns the previous value of each profile it moved. Retention rules read
   * this field, so an out-of-order event must not make a customer look less
   * active than they are.
   */
  @InjectTransactionManager()
  async recordActivity(
    customerIds: string[],
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; previous: Date | null }[]> {
    if (!customerIds.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    return await manager.execute(
      `
      UPDATE privacy_profile profile
         SET last_activity_at = ?, updated_at = now()
        FROM (SELECT id, last_activity_at FROM privacy_profile
               WHERE customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
                 AND deleted_at IS NULL
                 AND (last_activity_at IS NULL OR last_activity_at < ?)
               FOR UPDATE) old
       WHERE profile.id = old.id
      RETURNING profile.id, old.last_activity_at AS previous`,
      [at, JSON.stringify(customerIds), at]
    )
  }

  /**
   * Undoes `recordActivity` for profiles that still carry `at`: a profile
   * moved on by newer activity in the meantime keeps its newer value.
   */
  @InjectTransactionManager()
  async restoreActivity(
    moved: { id: string; previous: Date | null }[],
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!moved.length) {
      return
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `
      UPDATE privacy_profile profile
         SET last_activity_at = restored.previous, updated_at = now()
        FROM jsonb_to_recordset(?::jsonb) AS restored(id text, previous timestamptz)
       WHERE profile.id = restored.id AND profile.last_activity_at = ?`,
      [JSON.stringify(moved), at]
    )
  }
}

export default PrivacyModuleService
