import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { subscribeWorkflow } from "../../../../workflows/subscribe"
import { requestMetadata } from "../../../utils/request-metadata"
import type { StoreSubscribeType } from "./validators"

/**
 * A newsletter sign-up without an account. The answer is 202 either way and
 * says nothing about whether the address is known or objected before.
 */
export const POST = async (req: MedusaRequest<StoreSubscribeType>, res: MedusaResponse) => {
  const { result } = await subscribeWorkflow(req.scope).run({
    input: { ...req.validatedBody, request: requestMetadata(req) },
  })
  res.status(202).json(result)
}
