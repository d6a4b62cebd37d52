import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import {
  AdminCompleteRequest,
  AdminCreateRequest,
  AdminEraseForRequest,
  AdminLinkRecord,
  AdminListRequestsQuery,
  AdminNoteOnly,
  AdminReason,
  AdminRequiredNote,
  AdminVerifyRequest,
} from "./validators"

const EMPTY = z.object({}).strict()
const body = (path: string, schema: z.ZodType): MiddlewareRoute => ({
  method: ["POST"],
  matcher: `/admin/privacy/requests/:id/${path}`,
  middlewares: [validateAndTransformBody(schema as never)],
})

export const adminRequestMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy/requests", middlewares: [validateAndTransformQuery(AdminListRequestsQuery, {})] },
  { method: ["POST"], matcher: "/admin/privacy/requests", middlewares: [validateAndTransformBody(AdminCreateRequest as never)] },
  body("verify", AdminVerifyRequest),
  body("pause", AdminNoteOnly),
  body("resume", AdminNoteOnly),
  body("extend", AdminReason),
  body("complete", AdminCompleteRequest),
  body("refuse", AdminReason),
  body("withdraw", AdminNoteOnly),
  body("notes", AdminRequiredNote),
  body("export", EMPTY),
  body("erase", AdminEraseForRequest),
  body("object", EMPTY),
  body("restrict", AdminReason),
  body("lift-restriction", AdminRequiredNote),
  body("links", AdminLinkRecord),
]
