import { describe, expect, it } from 'vitest';
import { exportContent, exportFileName, toCsv, toJson } from './export';
import type { DataColumn } from './types';

interface Org {
  name: string;
  id: string;
  members: number | null;
  billable: boolean;
  funds: number | null;
}

const columns: DataColumn<Org>[] = [
  { id: 'name', header: 'Name', value: (o) => o.name },
  { id: 'id', header: 'Org ID', value: (o) => o.id },
  { id: 'members', header: 'Members', value: (o) => o.members },
  { id: 'billable', header: 'Billable', value: (o) => o.billable },
  { id: 'funds', header: 'Funds available', value: (o) => o.funds },
];

const acme: Org = { name: 'Acme Genomics', id: 'org-acme', members: 28, billable: true, funds: null };

describe('toCsv', () => {
  it('writes a header row of the column headers, then a line per row, CRLF-terminated', () => {
    expect(toCsv(columns, [acme, { name: 'Helix', id: 'org-helix', members: 3, billable: false, funds: 1234.5 }])).toBe(
      'Name,Org ID,Members,Billable,Funds available\r\n' +
        'Acme Genomics,org-acme,28,Yes,\r\n' +
        'Helix,org-helix,3,No,1234.5\r\n',
    );
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), doubling quotes', () => {
    const csv = toCsv(columns.slice(0, 1), [
      { ...acme, name: 'Smith, "Jr"\nLab' },
      { ...acme, name: 'a\rb' },
    ]);
    expect(csv).toBe('Name\r\n"Smith, ""Jr""\nLab"\r\n"a\rb"\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const names = ['=HYPERLINK("http://evil")', '+1+2', '-2+3', '@SUM(A1)', '\tx', 'safe=1'];
    const csv = toCsv(
      columns.slice(0, 1),
      names.map((name) => ({ ...acme, name })),
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://evil"")"`,
      "'+1+2",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      'safe=1',
    ]);
  });

  it('keeps negative numbers as numbers', () => {
    expect(toCsv([columns[4]!], [{ ...acme, funds: -12.5 }])).toBe('Funds available\r\n-12.5\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(columns.slice(0, 2), [])).toBe('Name,Org ID\r\n');
  });
});

describe('toJson', () => {
  it('writes one object per row keyed by column ID, with raw values and null for empty', () => {
    expect(JSON.parse(toJson(columns, [acme]))).toEqual([
      { name: 'Acme Genomics', id: 'org-acme', members: 28, billable: true, funds: null },
    ]);
  });

  it('keeps text as text (no formula neutralising needed in JSON)', () => {
    expect(JSON.parse(toJson(columns.slice(0, 1), [{ ...acme, name: '=1+1' }]))).toEqual([{ name: '=1+1' }]);
  });
});

describe('exportContent and exportFileName', () => {
  it('pick the MIME type and name the file by table, selection and day', () => {
    expect(exportContent('csv', columns, []).mimeType).toBe('text/csv;charset=utf-8');
    expect(exportContent('json', columns, []).mimeType).toBe('application/json');
    const day = new Date(2026, 10, 21, 23, 59);
    expect(exportFileName('orgs', 'csv', false, day)).toBe('orgs-2026-11-21.csv');
    expect(exportFileName('members of org-acme', 'json', true, day)).toBe(
      'members-of-org-acme-selected-2026-11-21.json',
    );
  });
});
