import { requestActionRoute } from "../../../../../utils/request-action-route"

/** Art. 12(3): two further months, with the reasons the person is told, only before the first due date. */
export const POST = requestActionRoute("extend")
