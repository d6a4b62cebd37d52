import type { NotPersonalDeclaration } from "./types"

/**
 * Columns whose names look personal but hold no data about a customer, each
 * with the reason. The schema-coverage test fails on any personal-looking
 * column that is neither mapped nor listed here, so a new Medusa version or
 * module cannot add one unnoticed.
 */
export const notPersonal: NotPersonalDeclaration[] = [
  {
    table: "privacy_profile",
    columns: ["id", "customer_id", "created_at", "updated_at", "deleted_at", "relationship_ended_at", "erased_at", "erasure_warning_sent_at"],
    reason: "Identifiers and timestamps; the customer id is the key the map's entries hang on, the dates drive retention.",
  },
  {
    table: "privacy_erasure",
    columns: ["id", "customer_id", "customer_number", "email_hash", "trigger", "status", "actor_type", "actor_id", "holds", "counts", "run_id", "failure_reason", "completed_at", "created_at", "updated_at", "deleted_at"],
    reason: "The proof that an erasure was done: pseudonymous identifiers, row counts and which holds applied, no personal data.",
  },
  {
    table: "privacy_retention_run",
    columns: ["id", "trigger", "actor_id", "status", "reason", "started_at", "finished_at", "duration_ms", "as_of", "counts", "failures", "created_at", "updated_at", "deleted_at"],
    reason: "Reports of retention runs: counts, failure codes and why a run was skipped or stopped, by customer number, no personal data.",
  },
  {
    table: "privacy_bookkeeping_hold",
    columns: ["id", "order_id", "customer_id", "release_at", "released_at", "created_at", "updated_at", "deleted_at"],
    reason: "Which orders' buyer details are held as accounting material, and until when.",
  },
  {
    table: "privacy_email_history",
    columns: ["id", "customer_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of the address history; the hash is mapped.",
  },
  {
    table: "privacy_mailbox_confirmation",
    columns: ["id", "customer_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of the confirmed addresses; the hash and the time of confirmation are mapped.",
  },
  {
    table: "privacy_profile_change",
    columns: ["id", "customer_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of the change log.",
  },
  {
    table: "privacy_export",
    columns: ["id", "customer_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of export requests.",
  },
  {
    table: "privacy_consent_subject",
    columns: ["id", "customer_id", "merged_into_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of consent subjects.",
  },
  {
    table: "privacy_consent_event",
    columns: ["id", "seq", "subject_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers, ledger order and timestamps; when it happened is occurred_at, which is mapped.",
  },
  {
    table: "privacy_consent_state",
    columns: ["id", "subject_id", "last_event_id", "last_event_seq", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of the projection.",
  },
  {
    table: "privacy_notice_version",
    columns: ["id", "language", "version", "published_at", "created_at", "updated_at", "deleted_at"],
    reason: "When each version of the privacy notice was first shown, per language: about the shop's text, not about a customer.",
  },
  {
    table: "privacy_consent_confirmation",
    columns: ["id", "subject_id", "token_hash", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers, timestamps and a SHA-256 hash of a random token, which identifies no one.",
  },
  ...[
    "cart_line_item_tax_line",
    "cart_shipping_method_tax_line",
    "order_line_item_tax_line",
    "order_shipping_method_tax_line",
  ].map((table) => ({
    table,
    columns: ["data", "metadata"],
    reason: "Tax lines are computed by the tax provider from rates and products; Medusa keeps no customer data in them.",
  })),
  ...["cart_line_item_adjustment", "cart_shipping_method_adjustment"].map((table) => ({
    table,
    columns: ["metadata"],
    reason: "Promotion adjustments are computed from promotion rules; the applied code is mapped on the order.",
  })),
  {
    table: "order_claim_item",
    columns: ["reason"],
    reason: "A fixed claim reason code (missing_item, wrong_item, production_failure, other); the customer's own words are in note.",
  },
  {
    table: "customer_group",
    columns: ["name", "metadata"],
    reason: "The shop's own customer segments; membership is in customer_group_customer.",
  },
  ...[
    ["currency", ["name"]],
    ["region", ["name", "metadata"]],
    ["region_country", ["name", "display_name", "metadata"]],
    ["store", ["name", "metadata"]],
    ["sales_channel", ["name", "metadata"]],
    ["product", ["origin_country", "metadata"]],
    ["product_category", ["name", "metadata"]],
    ["product_collection", ["metadata"]],
    ["product_option", ["metadata"]],
    ["product_option_value", ["metadata"]],
    ["product_tag", ["metadata"]],
    ["product_type", ["metadata"]],
    ["product_variant", ["origin_country", "metadata"]],
    ["image", ["url", "metadata"]],
    ["price_list", ["metadata"]],
    ["promotion", ["metadata"]],
    ["promotion_campaign", ["name"]],
    ["tax_rate", ["name", "metadata"]],
    ["tax_rate_rule", ["metadata"]],
    ["tax_region", ["country_code", "province_code", "metadata"]],
    ["return_reason", ["metadata"]],
    ["refund_reason", ["metadata"]],
    ["inventory_item", ["origin_country", "metadata"]],
    ["inventory_level", ["metadata"]],
    ["reservation_item", ["metadata"]],
  ].map(([table, columns]) => ({
    table: table as string,
    columns: columns as string[],
    reason: "Catalogue, pricing, tax or stock configuration of the shop, not data about a customer.",
  })),
  ...[
    ["shipping_option", ["name", "data", "metadata"]],
    ["shipping_profile", ["name", "metadata"]],
    ["service_zone", ["name", "metadata"]],
    ["fulfillment_set", ["name", "metadata"]],
    ["geo_zone", ["country_code", "city", "province_code", "postal_expression", "metadata"]],
    ["stock_location", ["name", "metadata"]],
    [
      "stock_location_address",
      ["address_1", "address_2", "city", "company", "phone", "postal_code", "province", "country_code", "metadata"],
    ],
  ].map(([table, columns]) => ({
    table: table as string,
    columns: columns as string[],
    reason: "Shipping zones and the shop's own warehouse addresses, not a customer's.",
  })),
  {
    table: "notification",
    columns: ["from"],
    reason: "The shop's own sender address.",
  },
  {
    table: "notification_provider",
    columns: ["name"],
    reason: "The name of a configured notification provider.",
  },
  {
    table: "user",
    columns: ["email", "first_name", "last_name", "avatar_url", "metadata"],
    reason:
      "Staff accounts: personal data of the shop's employees, processed as part of their employment and outside the customer register this map covers.",
  },
  {
    table: "privacy_access_log",
    columns: ["id", "seq", "actor_type", "method", "status", "customer_count", "prev_hash", "hash", "created_at", "updated_at", "deleted_at"],
    reason: "The chain's order and hashes, the kind of actor, the HTTP method and status, and how many customers an access showed.",
  },
  {
    table: "privacy_access_log_checkpoint",
    columns: ["id", "through_seq", "through_hash", "pruned_rows", "pruned_at", "created_at", "updated_at", "deleted_at"],
    reason: "Where the access log's chain starts after pruning: a row number, a hash and a count.",
  },
  {
    table: "privacy_request",
    columns: ["id", "customer_id", "country", "version", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers, the state whose calendar sets the deadline, a change counter and timestamps of requests.",
  },
  {
    table: "privacy_request_event",
    columns: ["id", "request_id", "actor_type", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers of a request's timeline entries, the kind of actor and timestamps.",
  },
  {
    table: "privacy_request_counter",
    columns: ["id", "last", "created_at", "updated_at", "deleted_at"],
    reason: "The last request reference number given in each year.",
  },
  {
    table: "privacy_restriction",
    columns: ["id", "customer_id", "request_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of restrictions of processing.",
  },
  {
    table: "privacy_disclosure",
    columns: [
      "id", "customer_id", "subject_id", "recipient_id", "data_categories", "legal_basis", "occasion", "source_type", "source_id",
      "order_id", "disclosed_at", "actor_type", "actor_id", "created_at", "updated_at", "deleted_at",
    ],
    reason: "Identifiers, the register's vocabulary (categories, basis, occasion) and timestamps of disclosures; the recipient is mapped.",
  },
  {
    table: "privacy_recipient_task",
    columns: ["id", "recipient_id", "customer_id", "request_id", "notified_at", "closed_by", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of the recipient tasks, and the officer who closed one.",
  },
  {
    table: "privacy_cookie_consent",
    columns: ["id", "customer_id", "created_at", "updated_at", "deleted_at"],
    reason: "Identifiers and timestamps of the cookie choices; what was chosen, when and from where is mapped.",
  },
  {
    table: "privacy_staff",
    columns: ["id", "user_id", "role", "granted_by", "granted_at", "created_at", "updated_at", "deleted_at"],
    reason: "Which staff accounts hold a privacy role (see user): about the shop's employees, not the customer register.",
  },
  {
    table: "invite",
    columns: ["email", "metadata"],
    reason: "Invitations of new staff members (see user).",
  },
  {
    table: "view_configuration",
    columns: ["name"],
    reason: "Names of saved dashboard table views.",
  },
  ...[
    ["mikro_orm_migrations", ["name"]],
    ["link_module_migrations", ["table_name"]],
    ["script_migrations", ["script_name"]],
    ["search_index", ["name"]],
    ["search_index_version", ["physical_name"]],
    ["search_postgres_index", ["name", "table_name"]],
  ].map(([table, columns]) => ({
    table: table as string,
    columns: columns as string[],
    reason: "Schema bookkeeping of Medusa's migrations and search indexes.",
  })),
]
