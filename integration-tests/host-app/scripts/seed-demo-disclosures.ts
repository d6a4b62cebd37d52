import type { ExecArgs } from "@medusajs/framework/types"

type Customer = { id: string }

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)

/**
 * Disclosures for the demo's Recipients page and customer widgets, as staff
 * would have recorded them: an unpaid invoice handed to the debt collector,
 * and the tax authority's request. Those Medusa makes itself (carrier,
 * payment provider, e-mail service) appear as the demo's orders are fulfilled.
 */
export async function seedDemoDisclosures(container: ExecArgs["container"], customers: Customer[], staffUserId: string) {
  const privacy = container.resolve<{
    getOptions(): { recipients: { id: string; name: string }[] }
    recordDisclosures(rows: unknown[]): Promise<unknown>
  }>("privacy")
  const recipients = privacy.getOptions().recipients
  const named = (id: string) => recipients.find((recipient) => recipient.id === id)
  const intrum = named("intrum")
  const vero = named("vero")
  const rows = [
    intrum && {
      customer_id: customers[1].id, recipient_id: intrum.id, recipient_name: intrum.name, data_categories: ["identity", "contact", "transaction"],
      legal_basis: "legitimate_interests", occasion: "debt_collection", source_type: "manual", reference: "INV-2026-0412",
      note: "Invoice unpaid after two reminders.", disclosed_at: daysAgo(30), actor_type: "user", actor_id: staffUserId,
    },
    vero && {
      customer_id: customers[2].id, recipient_id: vero.id, recipient_name: vero.name, data_categories: ["identity", "transaction"],
      legal_basis: "legal_obligation", occasion: "authority_request", source_type: "manual", reference: "VH/2026/1187",
      legal_reference: "Verotusmenettelylaki 19 §", disclosed_at: daysAgo(9), actor_type: "user", actor_id: staffUserId,
    },
  ].filter(Boolean)
  await privacy.recordDisclosures(rows)
}
