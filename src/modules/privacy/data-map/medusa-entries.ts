import { table } from "./build-entries"
import type { DataMapEntry } from "./types"

/**
 * Where Medusa 2.21 keeps a customer's personal data. Rules of thumb behind
 * the decisions:
 * - Register data (customer, addresses, carts, logins) lives as long as the
 *   customer relationship; then it is anonymised where rows must stay for
 *   referential integrity (customers, carts) and deleted where they need not.
 * - What an order, invoice or payment records about the buyer is accounting
 *   material (policy clause 8; Kirjanpitolaki 2:10, bokføringsloven § 13): it is
 *   kept until the bookkeeping period ends. A phone number or a free-text note
 *   is not needed as a voucher and goes with the relationship.
 * - `metadata` on any record about a customer is free text that storefronts and
 *   integrations fill in, so it is mapped; metadata on catalogue and
 *   configuration records is declared not personal in `not-personal.ts`.
 */

const CUSTOMER_REGISTER = {
  category: "identity",
  purposes: ["customer_relationship", "communication"],
  source: "data_subject",
  recipients: ["hosting", "platform"],
  retention: "relationship",
  erasure: "anonymize",
} as const

const FREE_TEXT = {
  item: "free_text",
  category: "preference",
  source: "generated",
} as const

const customer = [
  ...table("customer", "customer", { ...CUSTOMER_REGISTER, item: "name" }, {
    first_name: {},
    last_name: {},
    company_name: { item: "company", purposes: ["customer_relationship"] },
    email: {
      item: "email",
      category: "contact",
      purposes: ["customer_relationship", "communication", "direct_marketing"],
      recipients: ["hosting", "platform", "email_service"],
    },
    phone: {
      item: "contact_information",
      category: "contact",
      purposes: ["customer_relationship", "communication", "direct_marketing"],
    },
    metadata: { ...FREE_TEXT, purposes: ["customer_relationship"] },
  }),
  ...table(
    "customer",
    "customer_address",
    {
      ...CUSTOMER_REGISTER,
      item: "contact_information",
      category: "contact",
      recipients: ["hosting", "platform", "carrier"],
      erasure: "delete",
    },
    {
      first_name: { item: "name", category: "identity" },
      last_name: { item: "name", category: "identity" },
      company: { item: "company", category: "identity" },
      address_name: { ...FREE_TEXT, purposes: ["customer_relationship"] },
      address_1: {},
      address_2: {},
      city: {},
      postal_code: {},
      province: {},
      country_code: {},
      phone: {},
      metadata: { ...FREE_TEXT, purposes: ["customer_relationship"] },
    }
  ),
  ...table("customer", "customer_group_customer", { ...CUSTOMER_REGISTER, ...FREE_TEXT, erasure: "delete" }, {
    metadata: { purposes: ["customer_relationship"] },
  }),
]

const carts = [
  ...table(
    "cart",
    "cart",
    { ...CUSTOMER_REGISTER, item: "email", category: "contact", purposes: ["customer_relationship"] },
    {
      email: {},
      metadata: { ...FREE_TEXT },
    }
  ),
  ...table(
    "cart",
    "cart_address",
    {
      ...CUSTOMER_REGISTER,
      item: "contact_information",
      category: "contact",
      purposes: ["customer_relationship"],
    },
    {
      first_name: { item: "name", category: "identity" },
      last_name: { item: "name", category: "identity" },
      company: { item: "company", category: "identity" },
      address_1: {},
      address_2: {},
      city: {},
      postal_code: {},
      province: {},
      country_code: {},
      phone: {},
      metadata: { ...FREE_TEXT },
    }
  ),
  ...["cart_line_item", "cart_shipping_method", "credit_line"].flatMap((name) =>
    table("cart", name, { ...CUSTOMER_REGISTER, ...FREE_TEXT, item: "free_text", purposes: ["customer_relationship"] }, {
      metadata: {},
    })
  ),
  ...table(
    "cart",
    "cart_shipping_method",
    {
      ...CUSTOMER_REGISTER,
      item: "deliveries",
      category: "transaction",
      purposes: ["customer_relationship"],
      source: "provider",
      recipients: ["hosting", "platform", "carrier"],
    },
    {
      name: { source: "generated" },
      data: { note: "Fulfillment provider data for the chosen option, e.g. a pickup point." },
    }
  ),
]

const BOOKKEEPING = {
  category: "transaction",
  purposes: ["customer_relationship", "bookkeeping"],
  source: "data_subject",
  recipients: ["hosting", "platform", "carrier", "debt_collection", "authority"],
  retention: "bookkeeping",
  erasure: "keep_until_retention_ends",
} as const

const ORDER_RELATIONSHIP = {
  ...FREE_TEXT,
  category: "transaction",
  purposes: ["customer_relationship"],
  recipients: ["hosting", "platform"],
  retention: "relationship",
  erasure: "anonymize",
} as const

const orders = [
  ...table("order", "order", { ...ORDER_RELATIONSHIP, item: "email", category: "contact", source: "data_subject" }, {
    email: { note: "Needed to send receipts and order updates; a voucher needs the buyer's name and address, not the e-mail." },
    metadata: { ...ORDER_RELATIONSHIP },
  }),
  // Items name the address and the phone apart: the address is a voucher's, the phone is not (policy clause 8).
  ...table("order", "order_address", { ...BOOKKEEPING, item: "postal_address", category: "contact" }, {
    first_name: { item: "name", category: "identity" },
    last_name: { item: "name", category: "identity" },
    company: { item: "company", category: "identity" },
    address_1: {},
    address_2: {},
    city: {},
    postal_code: {},
    province: {},
    country_code: {},
    phone: {
      ...ORDER_RELATIONSHIP,
      item: "phone",
      category: "contact",
      source: "data_subject",
      recipients: ["hosting", "platform", "carrier"],
      note: "Needed for delivery, not as a voucher.",
    },
    metadata: { ...ORDER_RELATIONSHIP },
  }),
  ...table("order", "order_line_item", { ...BOOKKEEPING, item: "orders", recipients: ["hosting", "platform"] }, {
    title: { note: "What the customer bought; personal while the order names its buyer." },
    metadata: { ...ORDER_RELATIONSHIP, note: "Personalisation such as an engraving text." },
  }),
  ...table("order", "order_line_item_adjustment", { ...BOOKKEEPING, item: "discounts", recipients: ["hosting", "platform"] }, {
    code: {},
  }),
  ...table("order", "order_shipping_method", { ...BOOKKEEPING, item: "deliveries", recipients: ["hosting", "platform", "carrier"] }, {
    name: {},
    data: { ...ORDER_RELATIONSHIP, item: "deliveries", source: "provider" },
    metadata: { ...ORDER_RELATIONSHIP },
  }),
  ...["order_item", "order_credit_line"].flatMap((name) => table("order", name, ORDER_RELATIONSHIP, { metadata: {} })),
  ...table("order", "order_change", ORDER_RELATIONSHIP, {
    internal_note: { source: "staff" },
    declined_reason: { source: "data_subject", note: "Why the customer declined an order edit, in their words." },
    metadata: {},
  }),
  ...table("order", "order_change_action", { ...ORDER_RELATIONSHIP, source: "staff" }, { internal_note: {} }),
  ...table("order", "return", { ...ORDER_RELATIONSHIP, item: "returns" }, { metadata: {} }),
  ...table("order", "return_item", { ...ORDER_RELATIONSHIP, item: "returns", source: "data_subject" }, {
    note: { note: "The customer's own words about the return." },
    metadata: { ...FREE_TEXT, category: "transaction" },
  }),
  ...["order_claim", "order_exchange"].flatMap((name) =>
    table("order", name, { ...ORDER_RELATIONSHIP, item: "returns" }, { metadata: {} })
  ),
  ...table("order", "order_claim_item_image", { ...ORDER_RELATIONSHIP, item: "returns", source: "data_subject" }, {
    url: { note: "A photo the customer sent with a claim." },
    metadata: {},
  }),
  ...["order_claim_item", "order_exchange_item"].flatMap((name) =>
    table("order", name, { ...ORDER_RELATIONSHIP, item: "returns" }, {
      note: { source: "staff" },
      metadata: {},
    })
  ),
]

const PAYMENT = {
  item: "payments",
  category: "transaction",
  purposes: ["customer_relationship", "bookkeeping"],
  source: "provider",
  recipients: ["hosting", "platform", "payment"],
  retention: "bookkeeping",
  erasure: "keep_until_retention_ends",
} as const

const PAYMENT_RELATIONSHIP = { ...PAYMENT, purposes: ["customer_relationship"], retention: "relationship", erasure: "anonymize" } as const

const payments = [
  ...table("payment", "payment", PAYMENT, {
    data: {
      note: "The payment provider's record of the payment; never card numbers in Medusa.",
      notExported: "The payment provider's own record, which can hold client secrets; the export gives provider, status and amounts.",
    },
    metadata: { ...PAYMENT_RELATIONSHIP, item: "free_text" },
  }),
  ...table("payment", "payment_session", PAYMENT_RELATIONSHIP, {
    data: { notExported: "The payment provider's session record, which can hold client secrets." },
    context: {
      item: "contact_information",
      category: "contact",
      source: "generated",
      note: "Medusa copies the customer (e-mail, names, phone, addresses) into the payment context for the provider.",
      notExported: "A copy of the customer's contact details made for the payment provider; they are exported from their source.",
    },
    metadata: { item: "free_text" },
  }),
  ...table("payment", "payment_collection", PAYMENT_RELATIONSHIP, { metadata: { item: "free_text" } }),
  ...table("payment", "capture", PAYMENT_RELATIONSHIP, { metadata: { item: "free_text" } }),
  ...table("payment", "refund", PAYMENT_RELATIONSHIP, {
    note: { item: "free_text", source: "staff" },
    metadata: { item: "free_text" },
  }),
  ...table(
    "payment",
    "account_holder",
    { ...PAYMENT_RELATIONSHIP, erasure: "delete", note: "The customer's account at the payment provider." },
    {
      email: { item: "email", category: "contact" },
      data: { notExported: "The payment provider's own record of the account, which can hold provider credentials." },
      metadata: { item: "free_text" },
    }
  ),
]

const DELIVERY = {
  item: "deliveries",
  category: "transaction",
  purposes: ["customer_relationship"],
  source: "provider",
  recipients: ["hosting", "platform", "carrier"],
  retention: "relationship",
  erasure: "anonymize",
} as const

const fulfillment = [
  ...table("fulfillment", "fulfillment", DELIVERY, { data: {}, metadata: { item: "free_text", source: "generated" } }),
  ...table("fulfillment", "fulfillment_label", DELIVERY, { tracking_number: {}, tracking_url: {}, label_url: {} }),
  ...table(
    "fulfillment",
    "fulfillment_address",
    { ...DELIVERY, item: "contact_information", category: "contact", source: "data_subject" },
    {
      first_name: { item: "name", category: "identity" },
      last_name: { item: "name", category: "identity" },
      company: { item: "company", category: "identity" },
      address_1: {},
      address_2: {},
      city: {},
      postal_code: {},
      province: {},
      country_code: {},
      phone: {},
      metadata: { item: "free_text", source: "generated" },
    }
  ),
]

const LOGIN = {
  item: "login",
  category: "identity",
  purposes: ["customer_relationship", "security"],
  source: "data_subject",
  recipients: ["hosting", "platform"],
  retention: "relationship",
  erasure: "delete",
} as const

const auth = [
  ...table("auth", "provider_identity", LOGIN, {
    entity_id: { note: "The username: the e-mail for e-mail/password sign-in." },
    provider_metadata: {
      category: "technical",
      note: "Holds the scrypt hash of the password, never the password.",
      notExported: "A password hash is a sign-in secret, never handed out.",
    },
    user_metadata: { source: "provider", note: "Profile data from a social sign-in provider." },
  }),
  ...table("auth", "auth_identity", { ...LOGIN, category: "technical", source: "generated" }, {
    app_metadata: { notExported: "Internal links between a sign-in and the customer; the sign-in itself is exported." },
  }),
  ...table(
    "auth",
    "auth_password_reset_token",
    { ...LOGIN, purposes: ["security"], notExported: "Belongs to a one-time password reset; the username is exported with the sign-in." },
    { entity_id: {} }
  ),
  ...table("auth", "auth_verification", { ...LOGIN, purposes: ["security"], notExported: "Verification codes of a sign-in, secrets by nature." }, {
    entity_id: {},
    provider_metadata: { category: "technical", source: "generated" },
    metadata: { category: "technical", source: "generated" },
  }),
  ...table("auth", "auth_mfa_factor", { ...LOGIN, purposes: ["security"], category: "technical", source: "generated", notExported: "Second-factor secrets, never handed out." }, {
    provider_metadata: {},
    metadata: {},
  }),
]

const notifications = table(
  "notification",
  "notification",
  {
    item: "messages",
    category: "contact",
    purposes: ["communication"],
    source: "generated",
    recipients: ["hosting", "platform", "email_service"],
    retention: { fixed: { months: 24 } },
    erasure: "delete",
    note: "The log of e-mails and messages sent to the customer.",
  },
  {
    to: { item: "email" },
    data: { notExported: "Message contents can hold one-time links (confirmations, downloads); the export lists each message sent." },
    provider_data: { source: "provider", notExported: "The e-mail provider's delivery record." },
  }
)

/**
 * Medusa's workflow engine can keep finished runs (when a workflow sets a
 * retention time or is stored for idempotency), and a run holds its input:
 * an e-mail, an address, a whole cart.
 */
const workflowRuns = table(
  "workflows",
  "workflow_execution",
  {
    item: "free_text",
    category: "technical",
    purposes: ["customer_relationship"],
    source: "generated",
    recipients: ["hosting", "platform"],
    retention: "relationship",
    erasure: "delete",
    note: "Stored workflow runs and their inputs.",
    notExported: "Medusa's internal records of workflow runs; the data they copy is exported from its source.",
  },
  { context: {}, execution: {} }
)

export const medusaEntries: DataMapEntry[] = [
  ...customer,
  ...carts,
  ...orders,
  ...payments,
  ...fulfillment,
  ...auth,
  ...notifications,
  ...workflowRuns,
]
