import { requestActionRoute } from "../../../../../utils/request-action-route"

/** A staff note on the request's timeline. */
export const POST = requestActionRoute("note")
