/** "Export": the rows shown, or the selected ones, as CSV or JSON (a download). */
import { DropdownMenu } from 'radix-ui';
import { Download } from 'lucide-react';
import { exportContent, exportFileName, type ExportFormat } from './export';
import type { DataColumn } from './types';
import { downloadFile } from '../download-file';
import { plural } from '../../lib/plural';

export interface ExportMenuProps<Row> {
  tableId: string;
  /** The columns shown, in order. */
  columns: readonly DataColumn<Row>[];
  /** How many rows are shown (sorted and filtered). */
  shownCount: number;
  /** How many rows are selected. */
  selectedCount: number;
  /** The rows themselves, gathered only when an export runs (shown ones, or the selected ones). */
  rowsFor: (selectedOnly: boolean) => readonly Row[];
  /** More rows are still loading: the export holds those loaded so far, and says so. */
  loadingMore?: boolean;
  /** Only the icon shows (a narrow window); "Export" stays its name. */
  iconOnly?: boolean;
}

export function ExportMenu<Row>({
  tableId,
  columns,
  shownCount,
  selectedCount,
  rowsFor,
  loadingMore,
  iconOnly,
}: ExportMenuProps<Row>) {
  function run(format: ExportFormat, selectedOnly: boolean) {
    const rows = rowsFor(selectedOnly);
    const { text, mimeType } = exportContent(format, columns, rows);
    downloadFile(exportFileName(tableId, format, selectedOnly, new Date()), text, mimeType);
  }

  const formats: { format: ExportFormat; name: string }[] = [
    { format: 'csv', name: 'CSV' },
    { format: 'json', name: 'JSON' },
  ];

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className={iconOnly ? 'icon-button' : 'button button-quiet dt-view-button'}
        disabled={shownCount === 0}
      >
        <Download size={16} aria-hidden="true" />
        <span className={iconOnly ? 'visually-hidden' : undefined}>Export</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu-compact" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">
            Rows shown ({plural(shownCount, 'row')}
            {loadingMore ? ' of those loaded so far' : ''})
          </DropdownMenu.Label>
          {formats.map(({ format, name }) => (
            <DropdownMenu.Item key={format} className="menu-item" onSelect={() => run(format, false)}>
              {name} — all {plural(shownCount, 'row')} shown
            </DropdownMenu.Item>
          ))}
          {selectedCount > 0 ? (
            <>
              <DropdownMenu.Separator className="dt-menu-separator" />
              <DropdownMenu.Label className="menu-label">Selected ({plural(selectedCount, 'row')})</DropdownMenu.Label>
              {formats.map(({ format, name }) => (
                <DropdownMenu.Item key={format} className="menu-item" onSelect={() => run(format, true)}>
                  {name} — {plural(selectedCount, 'row')} selected
                </DropdownMenu.Item>
              ))}
            </>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
