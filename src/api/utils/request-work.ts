import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type { VerificationMethod } from "../../modules/privacy/lib/constants"
import type { RequestLinkKind, RequestVerification } from "../../modules/privacy/lib/requests"
import type { RequestRow } from "../../modules/privacy/requests/request-store"
import { canTransition, transitionConflict } from "../../modules/privacy/requests/transitions"
import type PrivacyModuleService from "../../modules/privacy/service"
import { progressDataSubjectRequestWorkflow } from "../../workflows/progress-data-subject-request"
import { staffActor } from "./request-actor"

/**
 * The request staff are about to act on: verified and in progress, since
 * what is done for a request (an export, an erasure, a withdrawal) is done
 * for the person it names only once their identity is settled.
 */
export async function requestToActOn(req: AuthenticatedMedusaRequest<any>): Promise<RequestRow> {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { request } = await privacy.retrieveRequest(req.params.id)
  if (!canTransition("act", request.status)) {
    throw transitionConflict(request.reference, request.status, "act")
  }
  return request
}

/** Puts what was done on the request's timeline, and answers the request as it is now. */
export async function linkToRequest(req: AuthenticatedMedusaRequest<any>, link: { kind: RequestLinkKind; id: string; [detail: string]: unknown }) {
  const { result } = await progressDataSubjectRequestWorkflow(req.scope).run({
    input: { id: req.params.id, change: { action: "act", actor: staffActor(req), link } },
  })
  return result.request
}

/** The export records the same identity check in its own terms. */
export function exportVerification(method: RequestVerification | string | null): VerificationMethod {
  switch (method) {
    case "session":
    case "signed_document":
    case "in_person":
      return method
    case "email_link":
      return "email_on_file"
    case "id_checked":
      return "in_person"
    default:
      throw new MedusaError(MedusaError.Types.CONFLICT, "The request is not verified: verify it before acting on it")
  }
}

/** A request without an account is served by its address; one with neither cannot be served yet. */
export function requestSubject(request: RequestRow): { customer_id: string } | { email: string } {
  if (request.customer_id) return { customer_id: request.customer_id }
  if (request.email) return { email: request.email }
  throw new MedusaError(MedusaError.Types.CONFLICT, `Request ${request.reference} names no customer and no e-mail address`)
}

/**
 * Runs a workflow whose refusal (an address that belongs to an account, a
 * bad address) comes back as the step's recorded `{ type, message }`, and
 * raises it as the error Medusa answers with its status.
 */
export async function runRefusing<T>(run: () => Promise<{ result: T }>): Promise<T> {
  try {
    return (await run()).result
  } catch (error) {
    const recorded = error as { type?: string; message?: string }
    if (!(error instanceof Error) && recorded?.type && recorded.message) {
      throw new MedusaError(recorded.type as never, recorded.message)
    }
    throw error
  }
}

export const workflowActor = (actor: { type: "user" | "api-key"; id: string | null }) => ({ type: actor.type === "api-key" ? ("api_key" as const) : ("user" as const), id: actor.id ?? "" })
