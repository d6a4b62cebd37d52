import { model } from "@medusajs/framework/utils"

/**
 * That the owner of a mailbox confirmed an address as an account's, by
 * following the join link sent to it, kept as the address's keyed hash (never
 * in clear). Medusa does not verify the address an account registers with:
 * only with this record do the guest checkouts and the messages sent under the
 * address before the account existed count as the account holder's.
 */
const MailboxConfirmation = model
  .define("privacy_mailbox_confirmation", {
    id: model.id({ prefix: "pmbc" }).primaryKey(),
    customer_id: model.text(),
    email_hash: model.text(),
    confirmed_at: model.dateTime(),
  })
  .indexes([{ on: ["customer_id", "email_hash"], unique: true, where: "deleted_at IS NULL" }])

export default MailboxConfirmation
