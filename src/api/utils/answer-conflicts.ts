import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler answers every conflict with its generic retry
 * message; a request's conflicts name the state it is in, which is what
 * staff need to see. Other errors go on to Medusa's handler unchanged.
 */
export function answerConflicts<Req extends MedusaRequest<any>>(handler: (req: Req, res: MedusaResponse, next?: MedusaNextFunction) => Promise<unknown>) {
  return async (req: Req, res: MedusaResponse) => {
    try {
      await handler(req, res)
    } catch (error) {
      if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.CONFLICT) {
        res.status(409).json({ type: "conflict", message: (error as MedusaError).message })
        return
      }
      throw error
    }
  }
}
