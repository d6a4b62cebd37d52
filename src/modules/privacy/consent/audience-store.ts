import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { ConsentChannel } from "../lib/constants"

/**
 * Raw because the audience joins three tables of the module (state, subject,
 * profile) with keyset conditions on both sides of the join, which the
 * data-model services, one entity at a time, cannot express.
 */

export type AudienceRow = {
  subject_id: string
  customer_id: string | null
  email: string | null
  language: string | null
  consented_at: Date
}

/**
 * One page of the people currently opted in to a purpose on a channel, in
 * subject order, with the address each consent is for. Keyset paging
 * (`subject_id > after`, on both sides of the join) stays fast at any depth.
 * A person whose processing is restricted (Art. 18) is left out, by account
 * or by the keyed hash of the address (processors/sets.ts computes the same).
 */
export async function audiencePage(
  manager: SqlEntityManager,
  { purpose, channel, after, limit, emailKey }: { purpose: string; channel: ConsentChannel; after: string; limit: number; emailKey: string }
): Promise<AudienceRow[]> {
  return manager.execute(
    `SELECT state.subject_id, subject.customer_id, subject.email,
            coalesce(profile.language, subject.language) AS language, state.changed_at AS consented_at
       FROM privacy_consent_state state
       JOIN privacy_consent_subject subject
         ON subject.id = state.subject_id AND subject.deleted_at IS NULL AND subject.merged_into_id IS NULL
        AND subject.closed_at IS NULL AND subject.id > ?
        AND (? <> 'email' OR subject.email IS NOT NULL)
       LEFT JOIN privacy_profile profile
         ON profile.customer_id = subject.customer_id AND profile.deleted_at IS NULL
      WHERE state.purpose = ? AND state.channel = ? AND state.granted AND state.deleted_at IS NULL
        AND state.subject_id > ?
        AND NOT EXISTS (
          SELECT 1 FROM privacy_restriction r WHERE r.deleted_at IS NULL AND r.lifted_at IS NULL
             AND (r.customer_id = subject.customer_id
                  OR r.email_hash = encode(sha256(convert_to(?::text || lower(trim(subject.email)), 'UTF8')), 'hex')))
      ORDER BY state.subject_id
      LIMIT ?`,
    [after, channel, purpose, channel, after, emailKey, limit]
  )
}
