/** The header's "Your orgs" menu: the orgs the signed-in person administers. */
import { Link, useMatch } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { DropdownMenu } from 'radix-ui';
import { describeError } from '../api/client';
import { orgListQueryOptions } from '../api/orgs';

const ADMIN_ORGS = { level: 'ADMIN' } as const;

/** The orgs the signed-in person administers, one link each; the org on screen is marked current. */
export default function AdminOrgsMenu() {
  const orgs = useQuery(orgListQueryOptions(ADMIN_ORGS));
  const currentOrgId = useMatch('/orgs/:orgId/*')?.params.orgId;

  let items;
  if (orgs.isPending) {
    items = (
      <DropdownMenu.Item className="menu-item" disabled>
        Loading your orgs…
      </DropdownMenu.Item>
    );
  } else if (orgs.isError) {
    const { type, message } = describeError(orgs.error);
    items = (
      <DropdownMenu.Item className="menu-item menu-item-error" disabled>
        Could not load your orgs: {type}: {message}
      </DropdownMenu.Item>
    );
  } else if (orgs.data.length === 0) {
    items = (
      <DropdownMenu.Item className="menu-item" disabled>
        You administer no orgs
      </DropdownMenu.Item>
    );
  } else {
    items = orgs.data.map((org) => {
      const current = org.id === currentOrgId;
      return (
        <DropdownMenu.Item key={org.id} asChild className="menu-item">
          <Link to={`/orgs/${encodeURIComponent(org.id)}/members`} aria-current={current ? 'page' : undefined}>
            <span className="menu-item-name">{org.name}</span>
            <code className="menu-item-detail">{org.id}</code>
          </Link>
        </DropdownMenu.Item>
      );
    });
  }

  return (
    // Not modal: a navigation menu need not hide the page from assistive technology.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="nav-menu-trigger">
        Your orgs <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="start" sideOffset={6}>
          <DropdownMenu.Label className="menu-label">Orgs you administer</DropdownMenu.Label>
          {items}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
