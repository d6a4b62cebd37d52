import type { PersonSet, PersonSets, Sql } from "./types"
import { CONFIRMED, CUSTOMERS, EMAILS, emailHash, ORDERS, CARTS, OLD_EMAILS } from "./sets"

/**
 * Who "the person" is, for every finder: the customer account, the guest
 * customer rows Medusa made for the same address (guest checkouts before or
 * beside the account) once the mailbox confirmed the address for the account
 * (Medusa does not verify the address an account registers with, so until
 * then they are someone else's), consent subjects attached to it or merged into it, and
 * the addresses the account had before (recorded as keyed hashes in
 * privacy_email_history, so rows under an old address are found without the
 * address being kept). From them follow the orders, carts, payments,
 * fulfilments and sign-ins.
 *
 * A verified address without an account (`emails`) is a person too: its
 * guest customer rows, its consent subjects without a customer and every
 * message sent to it, and what follows from the guest rows as above.
 *
 * The sets are temporary tables of the caller's transaction, so one batch of
 * thousands of people is found with one statement per table. Raw SQL across
 * modules on purpose: erasure reaches soft-deleted rows and the copies Medusa
 * keeps on orders, carts, payments and fulfilments, which no module service
 * updates.
 */
export type PersonInput = {
  /** Accounts (or guest rows) whose person is gathered. */
  customerIds?: string[]
  /**
   * Verified addresses of people without an account (the caller checked
   * `addressHasAccount`): their guest customer rows, their consent subjects
   * without a customer and every message sent to the address.
   */
  emails?: string[]
  /** Consent subjects alone (a subscriber without an account the retention run erases), with those merged into them. */
  subjectIds?: string[]
  /** Orders alone, for the bookkeeping release: no person behind them is followed. */
  orderIds?: string[]
  /** The key of the address hashes (derived from the link secret). */
  emailKey: string
  /** Gather only the person's customer rows: the legal holds read the orders through them. */
  customersOnly?: boolean
}

const create = (name: string, select: string) => `CREATE TEMP TABLE ${name} ON COMMIT DROP AS ${select}`

const SETS: Record<PersonSet, string> = {
  customer: "privacy_person_customer",
  account: "privacy_person_account",
  address: "privacy_person_address",
  confirmed: "privacy_person_confirmed",
  email: "privacy_person_email",
  old_email: "privacy_person_old_email",
  subject: "privacy_person_subject",
  order: "privacy_person_order",
  cart: "privacy_person_cart",
  payment_collection: "privacy_person_payment_collection",
  fulfillment: "privacy_person_fulfillment",
  auth_identity: "privacy_person_auth_identity",
  needle: "privacy_person_needle",
}

export async function gatherPerson(sql: Sql, input: PersonInput): Promise<PersonSets> {
  await sql.raw(`SELECT set_config('privacy.email_key', ?, true)`, [input.emailKey])
  // The set-based statements over whole tables have high estimated costs, for which PostgreSQL
  // compiles them first (JIT): 100-200 ms a statement, more than running them takes.
  await sql.raw(`SET LOCAL jit = off`)
  // With the address and the time each account had when gathered: erasure changes the rows while finders still read them.
  await sql.raw(
    create(
      SETS.account,
      `SELECT a.id, lower(trim(c.email)) AS email, c.created_at AS opened_at FROM (SELECT DISTINCT unnest(?::text[]) AS id) a LEFT JOIN customer c ON c.id = a.id`
    ),
    [input.customerIds ?? []]
  )
  await sql.raw(
    create(SETS.address, `SELECT DISTINCT lower(trim(e)) AS email FROM unnest(?::text[]) e WHERE e IS NOT NULL AND trim(e) <> ''`),
    [input.emails ?? []]
  )
  // Messages found by address are checked against the account holding it (sentToAccount), one lookup each.
  await sql.raw(`CREATE INDEX ON privacy_person_account (email)`)
  // The addresses whose mailbox confirmed them for the account (the join link), as keyed hashes.
  await sql.raw(
    create(
      SETS.confirmed,
      `SELECT m.customer_id AS account_id, m.email_hash AS hash FROM privacy_mailbox_confirmation m
        WHERE m.customer_id IN (SELECT id FROM privacy_person_account) AND m.deleted_at IS NULL`
    )
  )
  await sql.raw(
    create(
      SETS.old_email,
      `SELECT DISTINCT h.email_hash AS hash, h.customer_id AS account_id FROM privacy_email_history h
        WHERE h.customer_id IN (SELECT id FROM privacy_person_account) AND h.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = h.customer_id AND c.email IS NOT NULL AND ${emailHash("c.email")} = h.email_hash)`
    )
  )
  const { rows: counts } = await sql.raw(
    `SELECT (SELECT count(*)::int FROM privacy_person_old_email) AS old, (SELECT count(*)::int FROM privacy_person_confirmed) AS confirmed,
            (SELECT count(*)::int FROM privacy_person_address) AS addresses`
  )
  // Guest rows join only under a confirmed address, so their joins start from the confirmations,
  // which are few: starting from the batch's accounts, PostgreSQL compared every account with every
  // guest row (minutes for a batch of 10,000). No confirmation, no guest rows, no statement.
  const guests = counts[0].confirmed
    ? ` UNION
       SELECT g.id, c.id, g.deleted_at IS NULL, g.email FROM privacy_person_confirmed m
         JOIN customer c ON c.id = m.account_id AND c.email IS NOT NULL AND c.email <> '' AND ${emailHash("c.email")} = m.hash
         JOIN customer g ON lower(g.email) = lower(c.email) AND g.has_account = false AND g.id <> c.id` +
      (counts[0].old
        ? ` UNION
       SELECT g.id, o.account_id, g.deleted_at IS NULL, g.email FROM privacy_person_old_email o
         JOIN privacy_person_confirmed m ON m.account_id = o.account_id AND m.hash = o.hash
         JOIN customer g ON ${emailHash("g.email")} = o.hash AND g.has_account = false AND g.email IS NOT NULL AND g.email <> ''`
        : "")
    : ""
  if (counts[0].confirmed) {
    await sql.raw(`ANALYZE privacy_person_confirmed`)
  }
  // A verified address without an account: its guest rows are the person's own, each its own "account" for holds.
  const addressGuests = counts[0].addresses
    ? ` UNION
       SELECT g.id, g.id, g.deleted_at IS NULL, g.email FROM customer g
        WHERE g.has_account = false AND g.email IS NOT NULL AND lower(trim(g.email)) IN (SELECT email FROM privacy_person_address)`
    : ""
  // Each row knows the account it was reached from, so holds and counts are told per account,
  // whether it was live before the erasure (customer.deleted is announced for those), and its
  // address, so the addresses need not be read from the customers a second time.
  await sql.raw(
    create(
      SETS.customer,
      `SELECT c.id, c.id AS account_id, c.deleted_at IS NULL AS live, c.email FROM customer c WHERE c.id IN (SELECT id FROM privacy_person_account)` +
        guests +
        addressGuests
    )
  )
  if (input.customersOnly) {
    return { empty: () => false }
  }
  await sql.raw(
    create(
      SETS.email,
      `SELECT lower(trim(email)) AS email FROM privacy_person_customer WHERE email IS NOT NULL AND trim(email) <> ''
       UNION SELECT email FROM privacy_person_address`
    )
  )
  // Only the account's own consent subjects and those joined to them: a sign-up or guest checkout
  // under the same address is someone else's until the mailbox confirmed it (join link), since
  // Medusa does not verify the address an account registers with. (The join implies
  // `merged_into_id IS NOT NULL`; saying it lets PostgreSQL read the few merged subjects instead of
  // sorting every subject for a merge join.)
  await sql.raw(
    create(
      SETS.subject,
      `WITH RECURSIVE found AS (
         SELECT id FROM privacy_consent_subject WHERE customer_id IN (SELECT id FROM privacy_person_account)
         UNION SELECT id FROM privacy_consent_subject WHERE id = ANY(?::text[])
         UNION SELECT id FROM privacy_consent_subject
          WHERE customer_id IS NULL AND email IS NOT NULL AND lower(trim(email)) IN (SELECT email FROM privacy_person_address)
         UNION SELECT s.id FROM privacy_consent_subject s JOIN found f ON s.merged_into_id = f.id WHERE s.merged_into_id IS NOT NULL
       ) SELECT DISTINCT id FROM found`
    ),
    [input.subjectIds ?? []]
  )
  await sql.raw(
    create(
      SETS.order,
      `SELECT id, shipping_address_id, billing_address_id FROM "order" WHERE customer_id IN ${CUSTOMERS} OR id = ANY(?::text[])`
    ),
    [input.orderIds ?? []]
  )
  await sql.raw(create(SETS.cart, `SELECT id, shipping_address_id, billing_address_id FROM cart WHERE customer_id IN ${CUSTOMERS}`))
  await sql.raw(
    create(
      SETS.payment_collection,
      `SELECT payment_collection_id AS id FROM order_payment_collection WHERE order_id IN ${ORDERS}
       UNION SELECT payment_collection_id FROM cart_payment_collection WHERE cart_id IN ${CARTS}`
    )
  )
  await sql.raw(create(SETS.fulfillment, `SELECT fulfillment_id AS id FROM order_fulfillment WHERE order_id IN ${ORDERS}`))
  // A sign-in that also carries another actor (a staff user with the same address) is that actor's too.
  await sql.raw(
    create(
      SETS.auth_identity,
      `SELECT a.id, EXISTS (
                SELECT 1 FROM jsonb_each_text(a.app_metadata) kv
                 WHERE kv.key LIKE '%\\_id' AND kv.key <> 'customer_id' AND kv.value IS NOT NULL AND kv.value <> '') AS shared
         FROM auth_identity a WHERE a.app_metadata->>'customer_id' IN ${CUSTOMERS}`
    )
  )
  // What a stored workflow run holds if it is about the person: their ids and addresses, as whole values;
  // an address only from when the account was opened, unless its mailbox confirmed it (a guest's checkout
  // under the address before that is someone else's). The accounts are joined by address, not looked up
  // for each address: the lookups read all the batch's accounts once per address (6 s a batch of 10,000).
  await sql.raw(
    create(
      SETS.needle,
      `SELECT lower(id) AS needle, NULL::timestamptz AS since FROM privacy_person_customer
       UNION SELECT e.email, CASE WHEN ${emailHash("e.email")} IN ${CONFIRMED} THEN NULL ELSE a.opened_at END
         FROM privacy_person_email e
         LEFT JOIN (SELECT email, min(opened_at) AS opened_at FROM privacy_person_account GROUP BY email) a ON a.email = e.email`
    )
  )

  const names = Object.entries(SETS)
  const { rows } = await sql.raw(names.map(([set, table]) => `SELECT '${set}' AS set, count(*)::int AS n FROM ${table}`).join(" UNION ALL "))
  for (const table of [SETS.customer, SETS.order]) {
    await sql.raw(`ANALYZE ${table}`)
  }
  const empty = new Set(rows.filter((row) => row.n === 0).map((row) => row.set as PersonSet))
  return { empty: (set) => empty.has(set) }
}
