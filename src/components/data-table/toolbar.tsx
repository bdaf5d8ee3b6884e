/**
 * Above the table: the screen's own controls, the text filter, a faceted filter
 * per column with `facet`, the column picker and the export menu. In a narrow window
 * the text filter takes the row, the faceted filters share one "Filters" menu, and
 * Columns and Export are icon buttons (keeping those names).
 */
import type { ReactNode } from 'react';
import { Search } from 'lucide-react';
import { ColumnPicker } from './column-picker';
import { ExportMenu } from './export-menu';
import { FacetedFilter, FiltersMenu } from './faceted-filter';
import type { ViewportTier } from './viewport';
import type { TableOf } from './table-features';
import type { TableUrlStateControl } from './use-table-url-state';
import type { DataColumn } from './types';

export interface ToolbarProps<Row extends object> {
  table: TableOf<Row>;
  tableId: string;
  label: string;
  urlState: TableUrlStateControl;
  onResetColumns: () => void;
  /** The screen's controls (e.g. "Invite"), shown first. */
  slot?: ReactNode;
  /** Whether there are rows at all (filters, columns and export need some). */
  hasRows: boolean;
  exportColumns: readonly DataColumn<Row>[];
  shownCount: number;
  selectedCount: number;
  /** The rows an export holds (the shown ones, or the selected ones), gathered when it runs. */
  exportRows: (selectedOnly: boolean) => readonly Row[];
  /** The rows are those loaded so far: more are on their way. */
  loadingMore: boolean;
  tier: ViewportTier;
}

export function Toolbar<Row extends object>({
  table,
  tableId,
  label,
  urlState,
  onResetColumns,
  slot,
  hasRows,
  exportColumns,
  shownCount,
  selectedCount,
  exportRows,
  loadingMore,
  tier,
}: ToolbarProps<Row>) {
  const narrow = tier === 'narrow';
  const facetColumns = table.getAllLeafColumns().filter((column) => column.columnDef.meta?.dataColumn?.facet);
  return (
    <div className={narrow ? 'dt-toolbar dt-toolbar-narrow' : 'dt-toolbar'}>
      {slot ? <div className="dt-toolbar-slot">{slot}</div> : null}
      {hasRows ? (
        <>
          <div className="dt-search">
            <Search className="dt-search-icon" size={16} aria-hidden="true" />
            <input
              type="search"
              className="dt-text-filter"
              aria-label={`Filter ${label}`}
              placeholder="Filter…"
              value={urlState.text}
              onChange={(event) => urlState.setText(event.target.value)}
              onBlur={urlState.flush}
            />
          </div>
          {narrow ? (
            <FiltersMenu columns={facetColumns} chosen={urlState.facets} onChange={urlState.setFacet} />
          ) : (
            facetColumns.map((column) => (
              <FacetedFilter
                key={column.id}
                column={column}
                chosen={urlState.facets[column.id] ?? []}
                onChange={(values) => urlState.setFacet(column.id, values)}
              />
            ))
          )}
          <div className="dt-view-controls">
            <ColumnPicker table={table} onReset={onResetColumns} iconOnly={narrow} />
            <ExportMenu
              tableId={tableId}
              columns={exportColumns}
              shownCount={shownCount}
              selectedCount={selectedCount}
              rowsFor={exportRows}
              loadingMore={loadingMore}
              iconOnly={narrow}
            />
          </div>
        </>
      ) : null}
    </div>
  );
}
