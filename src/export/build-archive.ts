import { createHash, randomBytes } from "node:crypto"
import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { type Readable, Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ZipFile } from "yazl"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import { registerNameIn } from "../modules/privacy/notice/build-notice"
import { CsvFiles } from "./csv-files"
import { HtmlWriter } from "./html-writer"
import { JsonWriter } from "./json-writer"
import { gatherPerson } from "../processors/person"
import { processorsFor } from "../processors/registry"
import type { Transactional } from "../processors/types"
import { exportTables } from "./table-reader"
import { exportTextsFor } from "./texts"

/** The version of data.json's layout, documented in docs/export-schema.md. */
export const EXPORT_SCHEMA = { name: "medusa-plugin-privacy/customer-export", version: 2 } as const

export type ExportRequest = {
  id: string
  /** Null for a person without an account: then `email` is their verified address (person.ts). */
  customer_id: string | null
  email?: string | null
  language: string
  requested_by: string
  verification: string
  created_at: Date | string
}

export type BuiltArchive = { file_key: string; file_size: number; checksum: string }

/**
 * Builds the export of one customer and stores it with the File Module: a
 * fold over the processors of the data map's tables, each finding the
 * person's rows (person.ts) exactly as erasure does, into data.json, one CSV
 * per table and index.html (temporary files, written as the rows stream in),
 * then zipped straight into the file provider's upload stream. One
 * transaction gives every table the same moment; memory holds one page of
 * rows at a time, however many orders the customer has.
 */
export async function buildExportArchive(
  container: MedusaContainer,
  request: ExportRequest,
  customer: { email: string | null; customer_number: string | null }
): Promise<BuiltArchive> {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const options = privacy.getOptions()
  const notice = await privacy.getPublishedNotice(request.language)
  const texts = exportTextsFor(notice.language)
  const generatedAt = new Date()
  const dir = await mkdtemp(path.join(os.tmpdir(), "privacy-export-"))
  const json = new JsonWriter(path.join(dir, "data.json"))
  const html = new HtmlWriter(path.join(dir, "index.html"), texts)
  const csv = new CsvFiles(dir)

  try {
    const db = container.resolve<Transactional>(ContainerRegistrationKeys.PG_CONNECTION)
    await db.transaction(async (sql) => {
      const person = request.customer_id ? { customerIds: [request.customer_id] } : { emails: request.email ? [request.email] : [] }
      const sets = await gatherPerson(sql, { ...person, emailKey: options.links.emailKey })
      const tables = await exportTables(sql, processorsFor(options.dataMap.entries), options.dataMap.entries)
      await csv.open(tables.map((table) => ({ name: table.processor.table, columns: table.columns })))
      await json.begin({
        schema: { ...EXPORT_SCHEMA, documentation: "https://www.npmjs.com/package/medusa-plugin-privacy (docs/export-schema.md)" },
        generated_at: generatedAt,
        language: notice.language,
        controller: options.controller,
        contact_person: options.contactPerson ?? null,
        dpo: options.dpo ?? null,
        register_name: registerNameIn(options, notice.language),
        subject: request.customer_id
          ? { customer_id: request.customer_id, customer_number: customer.customer_number }
          : { customer_id: null, customer_number: null, email: request.email ?? null },
        request: {
          id: request.id,
          requested_by: request.requested_by,
          verification: request.verification,
          requested_at: request.created_at,
        },
        privacy_notice: notice,
      })
      await html.begin({
        shop: options.controller.name,
        date: generatedAt.toLocaleDateString(notice.language, { dateStyle: "long" }),
        notice,
        lastUpdated: new Date(notice.last_updated),
      })
      for (const table of tables) {
        await json.openSection(table.processor.table, true)
        await html.openTable(table.processor.section, table.processor.table)
        for await (const rows of table.read(sql, sets, options.exports.pageSize)) {
          for (const row of rows) {
            await json.record(row)
            await html.record(row)
          }
          await csv.rows(table.processor.table, rows)
        }
        await json.closeSection(true)
      }
    })
    await Promise.all([json.end(), html.end(), csv.close()])

    return await upload(container, dir, csv.names(), request.id)
  } catch (error) {
    // Close what is still open, so the temporary folder can go.
    json.abort()
    html.abort()
    csv.abort()
    throw error
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function upload(container: MedusaContainer, dir: string, csvNames: string[], exportId: string): Promise<BuiltArchive> {
  const files = container.resolve(Modules.FILE)
  // A random part in the name: a storage key that cannot be guessed, even where a provider serves files by key.
  const { writeStream, promise, fileKey } = await files.getUploadStream({
    filename: `privacy-export-${exportId}-${randomBytes(12).toString("hex")}.zip`,
    mimeType: "application/zip",
    access: "private",
  })

  const zip = new ZipFile()
  // A file that cannot be read ends the upload with that error instead of going unheard.
  zip.on("error", (error: Error) => (zip.outputStream as Readable).destroy(error))
  // After a failed upload the zip may still try to write into its closed stream; that is expected, not a crash.
  zip.outputStream.on("error", () => undefined)
  zip.addFile(path.join(dir, "index.html"), "index.html")
  zip.addFile(path.join(dir, "data.json"), "data.json")
  for (const name of csvNames) {
    zip.addFile(path.join(dir, `${name}.csv`), `csv/${name}.csv`)
  }
  zip.end()

  const hash = createHash("sha256")
  let size = 0
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  try {
    await Promise.all([pipeline(zip.outputStream, measure, writeStream), promise])
  } catch (error) {
    // Whatever part of the file reached the provider is removed: a half-written archive is never kept.
    await files.deleteFiles(fileKey).catch(() => undefined)
    throw error
  }
  const stored = await promise
  return { file_key: stored.key ?? fileKey, file_size: size, checksum: hash.digest("hex") }
}
