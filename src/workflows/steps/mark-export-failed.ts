import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = { export_id: string; reason: string; from?: ("pending" | "building")[] }

/** Marks an export failed with the reason, if it was still being built (or waiting, when `from` says so). */
export const markExportFailedStep = createStep("mark-privacy-export-failed", async (input: Input, { container }) => {
  const failed = await container
    .resolve<PrivacyModuleService>(PRIVACY_MODULE)
    .failExportBuild(input.export_id, input.reason, input.from ?? ["building"])
  return new StepResponse(failed ? { id: failed.id, customer_id: failed.customer_id } : null)
})
