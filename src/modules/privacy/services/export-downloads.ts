import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { signExportToken, verifyExportToken } from "../exports/download-token"
import * as exportStore from "../exports/export-store"
import type { PrivacyPluginOptions } from "../lib/options"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

/** The signed download link of a ready export, and the count of its downloads. */
export class ExportDownloadsService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  /** The signed link to an export's file, valid until the export expires. */
  exportDownloadUrl(exportId: string, expiresAt: Date): string {
    const { publicUrl, exportDownload } = this.options_.links
    return `${publicUrl}/privacy/exports/download?token=${signExportToken(exportId, expiresAt, exportDownload.signing)}`
  }

  checkExportToken(token: unknown) {
    return verifyExportToken(token, this.options_.links.exportDownload)
  }

  /** Counted in the database (`download_count + 1`), so parallel downloads are all counted. */
  @InjectTransactionManager()
  async countExportDownload(exportId: string, @MedusaContext() sharedContext: Context = {}) {
    await exportStore.countDownload(sharedContext.transactionManager as SqlEntityManager, exportId)
  }
}
