import { requestActionRoute } from "../../../../../utils/request-action-route"

/** The person withdrew the request. */
export const POST = requestActionRoute("withdraw")
