import type { SectionKey } from "../export/texts"
import { when } from "./sets"
import type { PersonSet, PersonSets, Processor } from "./types"

/** A processor whose rows are those whose `column` is in one of the person's sets. */
export function byColumn(
  table: string,
  section: SectionKey,
  set: PersonSet,
  column: string,
  more: Omit<Processor, "table" | "section" | "finds"> = {}
): Processor {
  const source = `(SELECT id FROM privacy_person_${set})`
  return { table, section, finds: (sets: PersonSets) => when(sets, set, `t.${column} IN ${source}`), ...more }
}

/** A processor with a condition of its own over one set. */
export function byCondition(
  table: string,
  section: SectionKey,
  set: PersonSet,
  condition: string,
  more: Omit<Processor, "table" | "section" | "finds"> = {}
): Processor {
  return { table, section, finds: (sets: PersonSets) => when(sets, set, condition), ...more }
}
