import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRecordDisclosure } from "../../customers/[id]/privacy/disclosures/validators"
import { AdminCloseRecipientTask, AdminListDisclosuresQuery, AdminListRecipientTasksQuery } from "./validators"

export const adminRecipientMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy/recipients/:id/disclosures", middlewares: [validateAndTransformQuery(AdminListDisclosuresQuery, {})] },
  { method: ["GET"], matcher: "/admin/privacy/recipient-tasks", middlewares: [validateAndTransformQuery(AdminListRecipientTasksQuery, {})] },
  { method: ["POST"], matcher: "/admin/privacy/recipient-tasks/:id", middlewares: [validateAndTransformBody(AdminCloseRecipientTask as never)] },
  { method: ["POST"], matcher: "/admin/customers/:id/privacy/disclosures", middlewares: [validateAndTransformBody(AdminRecordDisclosure as never)] },
]
