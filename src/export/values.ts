/** Medusa amounts arrive as numbers or as BigNumber objects; the export writes plain numbers. */
export function amount(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value === "number") {
    return value
  }
  if (typeof value === "object" && "numeric" in (value as object)) {
    return Number((value as { numeric: unknown }).numeric)
  }
  const parsed = Number(value)
  return Number.isNaN(parsed) ? null : parsed
}

export function list<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}
