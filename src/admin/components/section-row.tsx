import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label/value row in the style of the dashboard's own detail sections. */
export const SectionRow = ({ title, value }: { title: string; value: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {title}
    </Text>
    <Text size="small" leading="compact" className="whitespace-pre-line text-pretty break-words">
      {value ?? "-"}
    </Text>
  </div>
)
