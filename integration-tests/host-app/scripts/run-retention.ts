import type { ExecArgs } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runRetention } from "medusa-plugin-privacy/workflows"

/**
 * One retention run from the command line:
 * `medusa exec ./scripts/run-retention.ts [batch size] [stop after batches]`.
 * With a second number the process kills itself (SIGKILL, no clean-up) once
 * that many batches have committed, as a crashed worker would stop: the
 * tests use it to show that the next run finishes the work exactly once.
 */
export default async function runRetentionScript({ container, args }: ExecArgs) {
  const [batchSize, stopAfter] = args.map(Number)
  if (stopAfter) {
    const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    let batches = 0
    // The connection the run resolves, watched: the run records its progress after each committed batch.
    const watched = {
      raw: (sql: string, bindings?: unknown) => {
        if (sql.startsWith("UPDATE privacy_retention_run SET counts") && ++batches >= stopAfter) {
          process.kill(process.pid, "SIGKILL")
        }
        return db.raw(sql, bindings)
      },
      transaction: (run: (trx: unknown) => Promise<unknown>) => db.transaction(run),
    }
    container.register(ContainerRegistrationKeys.PG_CONNECTION, asValue(watched))
  }
  const { status, counts } = await runRetention(container, { trigger: "schedule", batchSize: batchSize || undefined })
  console.log(`retention run ${status}: ${counts.erased} erased`)
}
