import type { Context, DAL } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PrivacyPluginOptions } from "../lib/options"
import { checkCoverage, type CoverageReport, type SchemaColumn } from "../data-map/coverage"
import type { EffectiveDataMap } from "../data-map/types"
import { buildNotice, noticeLanguages, resolveNoticeLanguage, type PrivacyNotice } from "../notice/build-notice"
import { buildProcessingRecord, type ProcessingRecord } from "../records/build-record"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

/** What the options say about the processing: the data map and its coverage, the notice, the record of processing. */
export class PrivacyPolicyService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions
  /** Notices depend on the options only, so each language is built once. */
  private readonly notices_ = new Map<string, PrivacyNotice>()

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  getDataMap(): EffectiveDataMap {
    return this.options_.dataMap
  }

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

  /**
   * Every column of the database's current schema, for the data-map coverage
   * check. Raw because `information_schema` is no model of the module.
   */
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
}
