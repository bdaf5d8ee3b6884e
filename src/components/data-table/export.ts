/**
 * Export of the rows shown (or the selected ones) as CSV or JSON, built from each
 * column's `value` (what the table sorts and filters on), not from its rendering.
 * Pure: the menu turns the text into a download.
 */
import { isEmptyValue, valueText } from './cell-values';
import type { CellValue, DataColumn } from './types';

export type ExportFormat = 'csv' | 'json';

type ExportColumn<Row> = Pick<DataColumn<Row>, 'id' | 'header' | 'value'>;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return)
 * as a formula. Text that starts so gets a leading apostrophe; numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvText(value: CellValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = valueText(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row of the column headers, then one line per row; CRLF line ends (RFC 4180). */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(csvText(column.header))).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvField(csvText(column.value(row)))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** An array with one object per row, keyed by column ID; empty values are null. */
export function toJson<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const objects = rows.map((row) => {
    const object: Record<string, string | number | boolean | null> = {};
    for (const column of columns) {
      const value = column.value(row);
      object[column.id] = isEmptyValue(value) ? null : value;
    }
    return object;
  });
  return `${JSON.stringify(objects, null, 2)}\n`;
}

export function exportContent<Row>(
  format: ExportFormat,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): { text: string; mimeType: string } {
  return format === 'csv'
    ? { text: toCsv(columns, rows), mimeType: 'text/csv;charset=utf-8' }
    : { text: toJson(columns, rows), mimeType: 'application/json' };
}

/** `members-2026-11-21.csv`, or `members-selected-2026-11-21.json`. */
export function exportFileName(tableId: string, format: ExportFormat, selectedOnly: boolean, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  const name = tableId.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${name}${selectedOnly ? '-selected' : ''}-${day}.${format}`;
}
