import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { announceRecipientTasks } from "../../disclosures/announce-tasks"

/**
 * After an erasure: the recipients to tell (Art. 19) were found in its
 * transaction; now they are announced. The erasure is done by then, so a
 * failure to announce is logged and the tasks stay listed as open, unannounced.
 */
export const announceRecipientTasksStep = createStep("announce-privacy-recipient-tasks", async (customerIds: string[], { container }) => {
  try {
    return new StepResponse(await announceRecipientTasks(container, customerIds))
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`privacy: recipient tasks of an erasure were not announced: ${(error as Error).name}`)
    return new StepResponse(0)
  }
})
