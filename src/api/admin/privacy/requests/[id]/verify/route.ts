import { requestActionRoute } from "../../../../../utils/request-action-route"

/** The person's identity is settled (how, never a copy of a document); a wait for it ends, and the clock runs on. */
export const POST = requestActionRoute("verify")
