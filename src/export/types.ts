export type ExportRecord = Record<string, unknown>
