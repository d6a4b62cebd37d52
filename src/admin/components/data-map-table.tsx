import { Badge, createDataTableColumnHelper, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { describeRetention, humanize } from "../lib/format"
import type { DataMapEntry } from "../lib/types"

const column = createDataTableColumnHelper<DataMapEntry>()

const columns = [
  column.accessor("id", {
    header: "Table and column",
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.id}</span>,
  }),
  column.accessor("module", { header: "Module" }),
  column.accessor("category", { header: "Category", cell: ({ getValue }) => humanize(getValue()) }),
  column.accessor("purposes", {
    header: "Purposes",
    cell: ({ getValue }) => (
      <div className="flex flex-wrap gap-1">
        {getValue().map((purpose) => (
          <Badge key={purpose} size="2xsmall">
            {humanize(purpose)}
          </Badge>
        ))}
      </div>
    ),
  }),
  column.accessor("retention", { header: "Retention", cell: ({ getValue }) => describeRetention(getValue()) }),
  column.accessor("erasure", { header: "On erasure", cell: ({ getValue }) => humanize(getValue()) }),
]

const PAGE_SIZE = 20

/** Every mapped field, searchable by table, column, module, category or purpose. */
export const DataMapTable = ({ entries }: { entries: DataMapEntry[] }) => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })

  const filtered = useMemo(() => {
    const needle = search.trim().toLowerCase()
    return needle
      ? entries.filter((entry) =>
          [entry.id, entry.module, entry.category, entry.item, ...entry.purposes].some((value) =>
            value.toLowerCase().includes(needle)
          )
        )
      : entries
  }, [entries, search])
  const page = filtered.slice(pagination.pageIndex * pagination.pageSize, (pagination.pageIndex + 1) * pagination.pageSize)

  const table = useDataTable({
    data: page,
    columns,
    getRowId: (entry) => entry.id,
    rowCount: filtered.length,
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((current) => ({ ...current, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
        <DataTable.Search placeholder="Search table, column, purpose…" />
      </DataTable.Toolbar>
      <DataTable.Table />
      <DataTable.Pagination />
    </DataTable>
  )
}
