import type { Context, DAL } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PrivacyPluginOptions } from "../lib/options"
import { checkCoverage, type CoverageReport, type SchemaColumn } from "../data-map/coverage"
import type { EffectiveDataMap } from "../data-map/types"
import { buildNotice, noticeLanguages, resolveNoticeLanguage, type PrivacyNotice } from "../notice/build-notice"
import { publicationOf } from "../notice/publication-store"
import { buildProcessingRecord, type ProcessingRecord } from "../records/build-record"

/** A notice with the day its version was first shown: its "last updated" date. */
export type PublishedNotice = PrivacyNotice & { last_updated: string }

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

/** What the options say about the processing: the data map and its coverage, the notice, the record of processing. */
export class PrivacyPolicyService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions
  /** Notices depend on the options only, so each language is built once. */
  private readonly notices_ = new Map<string, PrivacyNotice>()
  /** A version's first showing never changes: looked up once per process. */
  private readonly published_ = new Map<string, Date>()

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

  /** The notice with its "last updated" date, recording the version's first showing when this is it. */
  @InjectManager()
  async getPublishedNotice(requestedLanguage?: string, @MedusaContext() sharedContext: Context = {}): Promise<PublishedNotice> {
    const notice = this.getNotice(requestedLanguage)
    const key = `${notice.language}:${notice.version}`
    let published = this.published_.get(key)
    if (!published) {
      published = await publicationOf(sharedContext.manager as SqlEntityManager, notice.language, notice.version, new Date())
      this.published_.set(key, published)
    }
    return { ...notice, last_updated: published.toISOString().slice(0, 10) }
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
