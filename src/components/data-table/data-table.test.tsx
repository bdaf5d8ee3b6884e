import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { ApiError } from '../../api/client';
import { DataTable } from './data-table';
import type { DataColumn, DataTableProps, LoadStatus } from './types';

interface Person {
  id: string;
  name: string;
  level: 'ADMIN' | 'MEMBER';
  projects: number;
}

const people: Person[] = [
  { id: 'u-1', name: 'Ada', level: 'ADMIN', projects: 3 },
  { id: 'u-2', name: 'Cy', level: 'MEMBER', projects: 10 },
  { id: 'u-3', name: 'Bea', level: 'MEMBER', projects: 1 },
  { id: 'u-4', name: 'Dov', level: 'MEMBER', projects: 7 },
  { id: 'u-5', name: 'Eli', level: 'ADMIN', projects: 2 },
];

const columns: DataColumn<Person>[] = [
  { id: 'name', header: 'Name', value: (p) => p.name, rowHeader: true },
  {
    id: 'level',
    header: 'Level',
    value: (p) => p.level,
    facet: {
      options: [
        { value: 'ADMIN', label: 'Admin' },
        { value: 'MEMBER', label: 'Member' },
      ],
    },
  },
  { id: 'projects', header: 'Projects', value: (p) => p.projects, align: 'end' },
  { id: 'userId', header: 'User ID', value: (p) => p.id, optional: true },
];

// react-virtual 3.14 sizes its viewport from clientWidth/clientHeight, which jsdom reports as 0
// (the shared setup stubs offsetWidth/offsetHeight only): give every element a viewport here.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  // Back to jsdom's own getters on Element.prototype.
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

const READY: LoadStatus = { state: 'ready' };

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function renderTable(overrides: Partial<DataTableProps<Person>> = {}, url = '/') {
  const onBulk = vi.fn();
  const props: DataTableProps<Person> = {
    tableId: 'people',
    personId: 'user-test',
    label: 'People',
    columns,
    rows: people,
    getRowId: (p) => p.id,
    rowName: (p) => p.name,
    status: READY,
    empty: <p>Nobody here</p>,
    bulkActions: (selected) => (
      <button type="button" onClick={() => onBulk(selected.map((p) => p.id))}>
        Act on {selected.length}
      </button>
    ),
    ...overrides,
  };
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <DataTable {...props} />
            <Location />
          </>
        ),
      },
      { path: '/people/:id', element: <p>A person</p> },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return { onBulk, router };
}

function bodyRowNames(): string[] {
  const table = screen.getByRole('table', { name: 'People' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

// On a machine shared by several test runs, a test with many user events may take well over 5 s.
describe('DataTable', { timeout: 20_000 }, () => {
  it('renders a labelled table with a row header per row, optional columns hidden', () => {
    renderTable();
    expect(bodyRowNames()).toEqual(['Ada', 'Cy', 'Bea', 'Dov', 'Eli']);
    const table = screen.getByRole('table', { name: 'People' });
    expect(table.getAttribute('aria-rowcount')).toBe('6');
    expect(within(table).queryByRole('columnheader', { name: 'User ID' })).toBeNull();
    expect(within(table).getByRole('columnheader', { name: 'Projects' })).toBeTruthy();
  });

  it('sorts by a column from its header, with aria-sort, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: 'Projects' }));
    expect(bodyRowNames()).toEqual(['Bea', 'Eli', 'Ada', 'Dov', 'Cy']);
    expect(screen.getByRole('columnheader', { name: 'Projects' }).getAttribute('aria-sort')).toBe('ascending');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?sort=projects'));
    await user.click(screen.getByRole('button', { name: 'Projects' }));
    expect(bodyRowNames()).toEqual(['Cy', 'Dov', 'Ada', 'Eli', 'Bea']);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?sort=-projects'));
  });

  it('sorts a column with an order by rank, not alphabetically: the order ascending, reversed descending', async () => {
    const user = userEvent.setup();
    const ranked = people.map((p, i) => ({ ...p, name: ['VIEW', 'ADMINISTER', 'NONE', 'UPLOAD', 'CONTRIBUTE'][i]! }));
    renderTable({
      rows: ranked,
      columns: [
        { id: 'who', header: 'Who', value: (p) => p.id },
        {
          id: 'access',
          header: 'Access',
          rowHeader: true,
          value: (p) => p.name,
          order: ['ADMINISTER', 'CONTRIBUTE', 'UPLOAD', 'VIEW', 'NONE'],
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Access' }));
    expect(bodyRowNames()).toEqual(['ADMINISTER', 'CONTRIBUTE', 'UPLOAD', 'VIEW', 'NONE']);
    expect(screen.getByRole('columnheader', { name: 'Access' }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(screen.getByRole('button', { name: 'Access' }));
    expect(bodyRowNames()).toEqual(['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER']);
  });

  it('reads sort and facet filters from the URL', () => {
    renderTable({}, '/?sort=-name&f.level=ADMIN');
    expect(bodyRowNames()).toEqual(['Eli', 'Ada']);
    expect(screen.getByText('2 of 5 rows')).toBeTruthy();
  });

  it('Shift-click selects the range between two rows in the order shown', async () => {
    const user = userEvent.setup();
    const { onBulk } = renderTable({}, '/?sort=name');
    // Shown: Ada, Bea, Cy, Dov, Eli
    await user.click(screen.getByRole('checkbox', { name: 'Select Bea' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Dov' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByText('3 selected')).toBeTruthy();
    for (const name of ['Bea', 'Cy', 'Dov']) {
      expect(screen.getByRole('checkbox', { name: `Select ${name}` }).getAttribute('aria-checked')).toBe('true');
    }
    expect(screen.getByRole('checkbox', { name: 'Select Ada' }).getAttribute('aria-checked')).toBe('false');
    await user.click(screen.getByRole('button', { name: 'Act on 3' }));
    expect(onBulk).toHaveBeenCalledWith(['u-3', 'u-2', 'u-4']);
  });

  it('"Select all N rows" selects every row matching the filters; Escape clears', async () => {
    const user = userEvent.setup();
    renderTable({}, '/?f.level=MEMBER');
    await user.click(screen.getByRole('checkbox', { name: 'Select all 3 rows' }));
    expect(screen.getByText('3 selected')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Select all 3 rows' }).getAttribute('aria-checked')).toBe('true');
    screen.getByRole('checkbox', { name: 'Select Cy' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByText(/selected$/)).toBeNull();
  });

  it('filters by text across the visible text columns', async () => {
    const user = userEvent.setup();
    renderTable();
    const filter = screen.getByRole('searchbox', { name: 'Filter People' });
    await user.type(filter, 'EA');
    expect(bodyRowNames()).toEqual(['Bea']);
    await user.clear(filter);
    await user.type(filter, 'admin');
    expect(bodyRowNames()).toEqual(['Ada', 'Eli']);
    // A match never spans two columns ("Ada" then "ADMIN").
    await user.clear(filter);
    await user.type(filter, 'daadm');
    expect(screen.getByText('No rows match the filters')).toBeTruthy();
    // The user ID column is optional, hence hidden, hence not searched.
    await user.clear(filter);
    await user.type(filter, 'u-3');
    expect(screen.getByText('No rows match the filters')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(bodyRowNames()).toHaveLength(5);
  });

  it('shows loading progress', () => {
    renderTable({ rows: [], status: { state: 'loading', loaded: 12000 } });
    expect(screen.getByText('Loading People: 12,000 loaded…')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('while the rest load: sort, filters, facets and export work on the rows loaded so far, and say so', async () => {
    const user = userEvent.setup();
    renderTable({ rows: people.slice(0, 4), status: { state: 'loading', loaded: 4, total: 9 } });
    const progress = screen.getByText('Loading People: 4 of 9 loaded…');
    expect(progress.getAttribute('role')).toBe('status');
    expect(progress.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Showing 4 rows loaded so far — filters apply to the loaded rows')).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Filter People' }), 'ea');
    expect(bodyRowNames()).toEqual(['Bea']);
    expect(screen.getByText(/^1 of 4 rows loaded so far — filters apply to the loaded rows/)).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);

    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(bodyRowNames()).toEqual(['Ada', 'Bea', 'Cy', 'Dov']);
    await user.click(screen.getByRole('button', { name: /^Filter by Level/ }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: /^Member/ }));
    await user.keyboard('{Escape}');
    expect(bodyRowNames()).toEqual(['Bea', 'Cy', 'Dov']);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByText(/^Rows shown/)).textContent).toBe('Rows shown (3 rows of those loaded so far)');
  });

  it('leaves the total out of the progress once more have loaded than it said', () => {
    renderTable({ rows: people, status: { state: 'loading', loaded: 5, total: 3 } });
    expect(screen.getByText('Loading People: 5 loaded…')).toBeTruthy();
  });

  it('shows the error type and message with Retry', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    renderTable({
      rows: [],
      status: { state: 'error', error: new ApiError('PermissionDenied', 'Not an admin', 403), retry },
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('PermissionDenied');
    expect(alert.textContent).toContain('Not an admin');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state when there are no rows, with the screen toolbar still there', () => {
    renderTable({ rows: [], toolbar: <button type="button">New thing</button> });
    expect(screen.getByText('Nobody here')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New thing' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('a row with a link: its row header is a real link, a click elsewhere on the row follows it, its checkbox does not', async () => {
    const user = userEvent.setup();
    const { router } = renderTable({ rowLink: (p) => `/people/${p.id}` });
    const link = within(screen.getByRole('rowheader', { name: 'Cy' })).getByRole('link', { name: 'Cy' });
    expect(link.getAttribute('href')).toBe('/people/u-2');
    await user.click(screen.getByRole('checkbox', { name: 'Select Cy' }));
    expect(router.state.location.pathname).toBe('/');
    // The Projects cell of Cy's row, not a control.
    const cyRow = screen.getByRole('rowheader', { name: 'Cy' }).closest('tr')!;
    await user.click(within(cyRow).getByText('10'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/u-2'));
  });

  it('Enter on a row link follows it; Arrow Down moves to the next row link', async () => {
    const user = userEvent.setup();
    const { router } = renderTable({ rowLink: (p) => `/people/${p.id}` });
    const cy = screen.getByRole('link', { name: 'Cy' });
    act(() => cy.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Bea' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/u-3'));
  });

  it('tells same-named rows apart in their checkbox labels with rowNameDetail, only where names repeat', () => {
    const twins = [...people, { id: 'u-6', name: 'Cy', level: 'ADMIN' as const, projects: 4 }];
    renderTable({ rows: twins, rowNameDetail: (p) => p.id });
    expect(screen.getByRole('checkbox', { name: 'Select Cy (u-2)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Select Cy (u-6)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Select Ada' })).toBeTruthy();
  });

  it('rows without a link have no links and are not tab stops', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'People' });
    expect(within(table).queryAllByRole('link')).toEqual([]);
    expect(table.querySelectorAll('tbody tr[tabindex]')).toHaveLength(0);
  });

  it('pins the checkbox and row header at the start and the actions at the end', () => {
    renderTable({ rowActions: (p) => <button type="button">Edit {p.name}</button>, rowActionsWidth: 100 });
    const table = screen.getByRole('table', { name: 'People' });
    expect(table.classList.contains('dt-pin-start')).toBe(true);
    expect(table.classList.contains('dt-pin-end')).toBe(true);
    expect(within(table).getByRole('rowheader', { name: 'Ada' }).classList.contains('dt-row-header')).toBe(true);
    expect(within(table).getByRole('columnheader', { name: 'Name' }).classList.contains('dt-row-header')).toBe(true);
    expect(within(table).getByRole('button', { name: 'Edit Ada' }).closest('td')?.className).toBe('dt-actions');
    // The columns fill the box (1000 px here) exactly.
    expect(table.style.width).toBe('1000px');
  });
});

describe('DataTable in a narrow window (390 px)', { timeout: 20_000 }, () => {
  const realMatchMedia = window.matchMedia;
  const realInnerWidth = window.innerWidth;
  beforeAll(() => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 390 });
    window.matchMedia = (query: string) =>
      ({
        matches: /min-width: (\d+)rem/.test(query) && 390 >= Number(/min-width: (\d+)rem/.exec(query)![1]) * 16,
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList;
  });
  afterAll(() => {
    window.matchMedia = realMatchMedia;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: realInnerWidth });
  });

  // Level fits a phone; Projects and User ID (now a default column) do not.
  const prioritised: DataColumn<Person>[] = columns.map((column) =>
    column.id === 'level' ? { ...column, priority: 1 } : { ...column, optional: false },
  );

  it('shows only the priority columns; the others are in the Columns menu, to show there', async () => {
    const user = userEvent.setup();
    renderTable({ columns: prioritised });
    const table = screen.getByRole('table', { name: 'People' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['', 'Name', 'Level']);

    // The text filter still searches the columns a phone hides (the person's columns).
    await user.type(screen.getByRole('searchbox', { name: 'Filter People' }), 'u-3');
    expect(bodyRowNames()).toEqual(['Bea']);
    await user.clear(screen.getByRole('searchbox', { name: 'Filter People' }));

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const projects = await screen.findByRole('menuitemcheckbox', { name: 'Projects' });
    expect(projects.getAttribute('aria-checked')).toBe('false');
    await user.click(projects);
    await user.keyboard('{Escape}');
    expect(within(table).getByRole('columnheader', { name: 'Projects' })).toBeTruthy();
  });

  it('puts the faceted filters in one "Filters" menu; Columns and Export keep their names', async () => {
    const user = userEvent.setup();
    renderTable({ columns: prioritised });
    expect(screen.queryByRole('button', { name: /^Filter by Level/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: /^Admin/ }));
    await user.keyboard('{Escape}');
    expect(bodyRowNames()).toEqual(['Ada', 'Eli']);
    expect(screen.getByRole('button', { name: 'Filters (1 chosen)' })).toBeTruthy();
    // The URL follows once the rows are painted.
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('f.level=ADMIN'));
  });
});
