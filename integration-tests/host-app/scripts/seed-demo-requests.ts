import type { ExecArgs } from "@medusajs/framework/types"
import { progressDataSubjectRequestWorkflow, recordDataSubjectRequestWorkflow } from "medusa-plugin-privacy/workflows"

type Customer = { id: string; email?: string | null }

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)

/**
 * Requests for the demo's Privacy → Requests page: a letter asking for a copy
 * (verified, in progress), an overdue erasure request, a web-form request
 * still waiting for its e-mail link, one waiting for identity, and one
 * answered. Made once, with the first store.
 */
export async function seedDemoRequests(container: ExecArgs["container"], customers: Customer[], staffUserId: string) {
  const staff = { type: "user" as const, id: staffUserId }
  const record = async (input: Record<string, unknown>) =>
    (await recordDataSubjectRequestWorkflow(container).run({ input: { language: "nb", actor: staff, ...input } as never })).result
  const move = (id: string, change: Record<string, unknown>) =>
    progressDataSubjectRequestWorkflow(container).run({ input: { id, change: { actor: staff, ...change } as never } })

  await record({ rights: ["access", "portability"], channel: "letter", customer_id: customers[0].id, email: customers[0].email, received_at: daysAgo(20), verification_method: "signed_document", note: "Signed letter, asks for a copy of everything." })
  await record({ rights: ["erasure"], channel: "email", customer_id: customers[1].id, email: customers[1].email, received_at: daysAgo(40), verification_method: "id_checked" })
  await record({ rights: ["access"], channel: "web_form", email: "newsletter.reader@example.com", awaiting_verification: true, actor: { type: "subject", id: null } })
  const waiting = await record({ rights: ["rectification"], channel: "phone", customer_id: customers[3].id, email: customers[3].email, received_at: daysAgo(5), language: "fi" })
  await move(waiting.id, { action: "pause", note: "Asked for a signed letter to confirm the caller's identity." })
  const answered = await record({ rights: ["objection"], channel: "in_person", customer_id: customers[2].id, email: customers[2].email, received_at: daysAgo(12), verification_method: "in_person", language: "en" })
  await move(answered.id, { action: "complete", note: "Marketing stopped on every channel." })
}
