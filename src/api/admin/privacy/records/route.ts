import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { processingRecordCsv } from "../../../../modules/privacy/records/record-csv"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import type { AdminGetProcessingRecordType } from "./validators"

/** The record of processing activities (GDPR Art. 30), as JSON or as a CSV download. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProcessingRecordType>,
  res: MedusaResponse
) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const record = privacy.getProcessingRecord(req.validatedQuery.lang)
  if (req.validatedQuery.format === "csv") {
    const day = new Date().toISOString().slice(0, 10)
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="record-of-processing-${record.language}-${day}.csv"`)
    // The byte-order mark lets spreadsheet programs read æ, ø, å and ä as UTF-8.
    res.send("\uFEFF" + processingRecordCsv(record))
    return
  }
  res.json({ record })
}
