import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"

/**
 * The moment a notice version was first shown in a language, recorded the
 * first time it is asked for. Concurrent servers agree: the first insert
 * wins and everyone reads its date back.
 */
export async function publicationOf(manager: SqlEntityManager, language: string, version: string, now: Date): Promise<Date> {
  await manager.execute(
    `INSERT INTO privacy_notice_version (id, language, version, published_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (language, version) WHERE deleted_at IS NULL DO NOTHING`,
    [generateEntityId("", "pntv"), language, version, now.toISOString()]
  )
  const [row] = await manager.execute(
    `SELECT published_at FROM privacy_notice_version WHERE language = ? AND version = ? AND deleted_at IS NULL`,
    [language, version]
  )
  return new Date(row.published_at)
}
