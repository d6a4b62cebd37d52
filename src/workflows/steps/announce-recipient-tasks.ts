import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { announceRecipientTasks } from "../../disclosures/announce-tasks"

/** After an erasure: the recipients to tell (Art. 19) were found in its transaction; now they are announced. */
export const announceRecipientTasksStep = createStep("announce-privacy-recipient-tasks", async (customerIds: string[], { container }) => {
  return new StepResponse(await announceRecipientTasks(container, customerIds))
})
