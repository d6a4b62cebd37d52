import { requestActionRoute } from "../../../../../utils/request-action-route"

/** The wait for identity ends without a verification (the person answered, the check is still to do). */
export const POST = requestActionRoute("resume")
