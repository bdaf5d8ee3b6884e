/** The Apps tab's columns, for the shared data table. */
import type { OrgApp } from '../../api/apps';
import type { DataColumn } from '../../components/data-table';
import { formatDay, isoDay } from '../../lib/dates';
import { accountsText, type KnownNames } from './app-people';

const YES_NO = {
  options: [
    { value: 'true', label: 'Yes' },
    { value: 'false', label: 'No' },
  ],
};

/** Comma-separated, at most two lines in the fixed-height row (the whole text stays in the cell, and in exports). */
function AccountList({ ids, known }: { ids: readonly string[]; known: KnownNames }) {
  if (ids.length === 0) return <span className="text-sm text-muted">Nobody</span>;
  return <span className="cell-clamp">{accountsText(ids, known)}</span>;
}

export interface AppColumnsOptions {
  known: KnownNames;
  selfId: string;
}

export function appColumns({ known, selfId }: AppColumnsOptions): DataColumn<OrgApp>[] {
  return [
    {
      id: 'title',
      header: 'Title',
      rowHeader: true,
      width: 240,
      value: (app) => app.title,
    },
    {
      id: 'name',
      header: 'Name',
      priority: 3,
      width: 200,
      value: (app) => app.name,
      cell: (app) => <code>{app.name}</code>,
    },
    {
      id: 'version',
      header: 'Version',
      width: 110,
      value: (app) => app.version,
    },
    {
      id: 'published',
      header: 'Published',
      priority: 3,
      width: 130,
      value: (app) => (app.published > 0 ? isoDay(app.published) : 'Unpublished'),
      cell: (app) =>
        app.published > 0 ? formatDay(app.published) : <span className="text-sm text-muted">Unpublished</span>,
    },
    {
      id: 'developers',
      header: 'Developers',
      width: 240,
      value: (app) => accountsText(app.developers, known),
      cell: (app) => <AccountList ids={app.developers} known={known} />,
    },
    {
      id: 'authorizedUsers',
      header: 'Authorized users',
      priority: 3,
      width: 240,
      value: (app) => accountsText(app.authorizedUsers, known),
      cell: (app) => <AccountList ids={app.authorizedUsers} known={known} />,
    },
    {
      // The actions column says it on each row already: shown on demand, filtered by its facet at any time.
      id: 'youDevelop',
      header: 'You are a developer',
      optional: true,
      width: 180,
      value: (app) => app.developers.includes(selfId),
      facet: YES_NO,
    },
    {
      id: 'created',
      header: 'Created',
      optional: true,
      width: 140,
      value: (app) => (app.created === undefined ? null : isoDay(app.created)),
      cell: (app) => (app.created === undefined ? null : formatDay(app.created)),
    },
    {
      id: 'id',
      header: 'App ID',
      optional: true,
      width: 240,
      value: (app) => app.id,
      cell: (app) => <code>{app.id}</code>,
    },
  ];
}
