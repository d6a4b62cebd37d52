import { requestActionRoute } from "../../../../../utils/request-action-route"

/** Art. 12(4): the refusal with its reasons, the right to complain and to a judicial remedy, goes to the person. */
export const POST = requestActionRoute("refuse")
