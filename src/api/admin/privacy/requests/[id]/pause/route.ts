import { requestActionRoute } from "../../../../../utils/request-action-route"

/** The shop asks the person for identity information: with requests.pauseWhileVerifying the clock stops until they answer. */
export const POST = requestActionRoute("pause")
