import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, generateEntityId } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PrivacyPluginOptions } from "../lib/options"
import type { NewProfileInput, PrivacyProfileDTO } from "../types"

/**
 * Privacy profiles: creation with the customer number, and activity.
 * Raw SQL because numbering takes `nextval` inside one INSERT ... SELECT that
 * skips customers who already have a profile (partial unique index,
 * ON CONFLICT ... DO NOTHING), and activity moves forward in one conditional
 * UPDATE that returns the previous values: the data-model services can do
 * neither without a read-then-write race.
 */

/** Postgres sequence created by the module's migration; numbers are never reused. */
export const CUSTOMER_NUMBER_SEQUENCE = "privacy_customer_number_seq"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

export class ProfileRegistryService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
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

  /** The inactivity warning sent: the erasure may follow once the warning period has passed. */
  @InjectTransactionManager()
  async markErasureWarningSent(customerId: string, at: Date, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`UPDATE privacy_profile SET erasure_warning_sent_at = ? WHERE customer_id = ?`, [at.toISOString(), customerId])
  }
}
