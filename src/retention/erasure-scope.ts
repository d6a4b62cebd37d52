/**
 * Which rows of each table belong to the customers being erased. Erasure
 * works on sets (a batch of customers, or the orders whose bookkeeping period
 * ended): the sets are gathered once into temporary tables of the
 * transaction, and every table's rows are found from them by id.
 *
 * This is raw SQL across modules on purpose: erasure must reach soft-deleted
 * rows and the copies Medusa keeps on orders, carts, payments and
 * fulfillments, which no module service updates, and it must do so for
 * thousands of customers in one statement per table.
 */

export type Sql = {
  raw: (sql: string, bindings?: unknown[] | Record<string, unknown>) => Promise<{ rows: any[]; rowCount?: number }>
}

const ORDERS = `(SELECT id FROM privacy_erase_order)`
const CUSTOMERS = `(SELECT id FROM privacy_erase_customer)`
const CARTS = `(SELECT id FROM privacy_erase_cart)`
const PAYMENT_COLLECTIONS = `(SELECT id FROM privacy_erase_payment_collection)`
const FULFILLMENTS = `(SELECT id FROM privacy_erase_fulfillment)`
const AUTH_IDENTITIES = `(SELECT id FROM privacy_erase_auth_identity)`
const SUBJECTS = `(SELECT id FROM privacy_erase_subject)`

/** The condition selecting a table's rows of the erased set (`t` is the table's alias). */
export const TABLE_SCOPES: Record<string, string> = {
  customer: `t.id IN ${CUSTOMERS}`,
  customer_address: `t.customer_id IN ${CUSTOMERS}`,
  customer_group_customer: `t.customer_id IN ${CUSTOMERS}`,
  cart: `t.id IN ${CARTS}`,
  // An id list rather than OR, so each part can use its index.
  cart_address: `t.id IN (SELECT shipping_address_id FROM privacy_erase_cart UNION SELECT billing_address_id FROM privacy_erase_cart
                          UNION SELECT id FROM cart_address WHERE customer_id IN ${CUSTOMERS})`,
  cart_line_item: `t.cart_id IN ${CARTS}`,
  cart_shipping_method: `t.cart_id IN ${CARTS}`,
  credit_line: `t.cart_id IN ${CARTS}`,
  order: `t.id IN ${ORDERS}`,
  order_address: `t.id IN (SELECT shipping_address_id FROM privacy_erase_order UNION SELECT billing_address_id FROM privacy_erase_order
                           UNION SELECT id FROM order_address WHERE customer_id IN ${CUSTOMERS})`,
  order_item: `t.order_id IN ${ORDERS}`,
  order_line_item: `t.id IN (SELECT item_id FROM order_item WHERE order_id IN ${ORDERS})`,
  order_line_item_adjustment: `t.item_id IN (SELECT item_id FROM order_item WHERE order_id IN ${ORDERS})`,
  order_shipping_method: `t.id IN (SELECT shipping_method_id FROM order_shipping WHERE order_id IN ${ORDERS})`,
  order_credit_line: `t.order_id IN ${ORDERS}`,
  order_change: `t.order_id IN ${ORDERS}`,
  order_change_action: `t.order_id IN ${ORDERS}`,
  return: `t.order_id IN ${ORDERS}`,
  return_item: `t.return_id IN (SELECT id FROM return WHERE order_id IN ${ORDERS})`,
  order_claim: `t.order_id IN ${ORDERS}`,
  order_claim_item: `t.claim_id IN (SELECT id FROM order_claim WHERE order_id IN ${ORDERS})`,
  order_claim_item_image: `t.claim_item_id IN (SELECT ci.id FROM order_claim_item ci JOIN order_claim c ON c.id = ci.claim_id WHERE c.order_id IN ${ORDERS})`,
  order_exchange: `t.order_id IN ${ORDERS}`,
  order_exchange_item: `t.exchange_id IN (SELECT id FROM order_exchange WHERE order_id IN ${ORDERS})`,
  payment_collection: `t.id IN ${PAYMENT_COLLECTIONS}`,
  payment: `t.payment_collection_id IN ${PAYMENT_COLLECTIONS}`,
  payment_session: `t.payment_collection_id IN ${PAYMENT_COLLECTIONS}`,
  capture: `t.payment_id IN (SELECT id FROM payment WHERE payment_collection_id IN ${PAYMENT_COLLECTIONS})`,
  refund: `t.payment_id IN (SELECT id FROM payment WHERE payment_collection_id IN ${PAYMENT_COLLECTIONS})`,
  account_holder: `t.id IN (SELECT account_holder_id FROM customer_account_holder WHERE customer_id IN ${CUSTOMERS})`,
  fulfillment: `t.id IN ${FULFILLMENTS}`,
  fulfillment_label: `t.fulfillment_id IN ${FULFILLMENTS}`,
  fulfillment_address: `t.id IN (SELECT delivery_address_id FROM fulfillment WHERE id IN ${FULFILLMENTS})`,
  provider_identity: `t.auth_identity_id IN ${AUTH_IDENTITIES}`,
  auth_identity: `t.id IN ${AUTH_IDENTITIES}`,
  auth_password_reset_token: `t.auth_identity_id IN ${AUTH_IDENTITIES}`,
  auth_verification: `t.auth_identity_id IN ${AUTH_IDENTITIES}`,
  auth_mfa_factor: `t.auth_identity_id IN ${AUTH_IDENTITIES}`,
  notification: `(t.receiver_id IN ${CUSTOMERS} OR lower(t."to") IN (SELECT email FROM privacy_erase_email))`,
  // Stored workflow runs hold their input; a run that names the customer goes.
  workflow_execution: `EXISTS (SELECT 1 FROM privacy_erase_needle n WHERE strpos(t.context::text, n.needle) > 0)`,
  privacy_profile: `t.customer_id IN ${CUSTOMERS}`,
  privacy_profile_change: `t.customer_id IN ${CUSTOMERS}`,
  privacy_consent_subject: `t.id IN ${SUBJECTS}`,
  privacy_consent_event: `t.subject_id IN ${SUBJECTS}`,
  privacy_consent_state: `t.subject_id IN ${SUBJECTS}`,
  privacy_consent_confirmation: `t.subject_id IN ${SUBJECTS}`,
  privacy_export: `t.customer_id IN ${CUSTOMERS}`,
  privacy_erasure: `t.customer_id IN ${CUSTOMERS}`,
}

/** The scope of a table, with merchants' own tables found by their `subjectColumn`. */
export function scopeOf(table: string, subjectColumns: Record<string, string>): string | undefined {
  if (subjectColumns[table]) {
    return `t."${subjectColumns[table].replace(/"/g, '""')}" IN ${CUSTOMERS}`
  }
  return TABLE_SCOPES[table]
}

const create = (name: string, select: string) =>
  `CREATE TEMP TABLE ${name} ON COMMIT DROP AS ${select}`

/**
 * Gathers the sets for a batch of customers (`customerIds`) or for orders
 * alone (`orderIds`, the bookkeeping release), inside the caller's transaction.
 */
export async function gatherScope(sql: Sql, input: { customerIds?: string[]; orderIds?: string[] }): Promise<Set<string>> {
  const customerIds = input.customerIds ?? []
  await sql.raw(create("privacy_erase_customer", `SELECT DISTINCT unnest(?::text[]) AS id`), [customerIds])
  await sql.raw(
    create(
      "privacy_erase_order",
      `SELECT id, shipping_address_id, billing_address_id FROM "order"
        WHERE customer_id IN ${CUSTOMERS} OR id = ANY(?::text[])`
    ),
    [input.orderIds ?? []]
  )
  await sql.raw(create("privacy_erase_cart", `SELECT id, shipping_address_id, billing_address_id FROM cart WHERE customer_id IN ${CUSTOMERS}`))
  await sql.raw(
    create(
      "privacy_erase_payment_collection",
      `SELECT payment_collection_id AS id FROM order_payment_collection WHERE order_id IN ${ORDERS}
       UNION SELECT payment_collection_id FROM cart_payment_collection WHERE cart_id IN ${CARTS}`
    )
  )
  await sql.raw(create("privacy_erase_fulfillment", `SELECT fulfillment_id AS id FROM order_fulfillment WHERE order_id IN ${ORDERS}`))
  await sql.raw(
    create("privacy_erase_auth_identity", `SELECT id FROM auth_identity WHERE app_metadata->>'customer_id' IN ${CUSTOMERS}`)
  )
  await sql.raw(
    create(
      "privacy_erase_email",
      `SELECT DISTINCT lower(email) AS email FROM customer WHERE id IN ${CUSTOMERS} AND email IS NOT NULL AND email <> ''`
    )
  )
  // Subjects keep e-mails normalised (trimmed, lower case), so the indexed column is compared as it is.
  await sql.raw(
    create(
      "privacy_erase_subject",
      `SELECT id FROM privacy_consent_subject WHERE customer_id IN ${CUSTOMERS}
       UNION SELECT id FROM privacy_consent_subject WHERE email IN (SELECT email FROM privacy_erase_email)`
    )
  )
  // What a stored workflow run would contain if it was about these customers: their ids and e-mails.
  await sql.raw(
    create("privacy_erase_needle", `SELECT id AS needle FROM privacy_erase_customer UNION SELECT email FROM privacy_erase_email`)
  )
  const sets = ["customer", "order", "cart", "payment_collection", "fulfillment", "auth_identity", "email", "subject", "needle"]
  const { rows } = await sql.raw(sets.map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM privacy_erase_${name}`).join(" UNION ALL "))
  for (const name of ["customer", "order"]) {
    await sql.raw(`ANALYZE privacy_erase_${name}`)
  }
  return new Set(rows.filter((row) => row.n === 0).map((row) => `privacy_erase_${row.name}`))
}

/** A table's statement can be left out when every set its scope reads from is empty. */
export function scopeIsEmpty(scope: string, emptySets: Set<string>): boolean {
  const sets = [...scope.matchAll(/privacy_erase_\w+/g)].map((match) => match[0])
  return sets.length > 0 && sets.every((name) => emptySets.has(name))
}
