/** The header's "Your orgs" menu: every org the signed-in person belongs to, those they administer first. */
import { useState } from 'react';
import { Link, useMatch } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { DropdownMenu } from 'radix-ui';
import { ChevronDown } from 'lucide-react';
import { describeError } from '../api/client';
import { orgListQueryOptions } from '../api/orgs';
import { menuOrder } from './org-menu-order';

const MEMBER_ORGS = { level: 'MEMBER' } as const;

/** One link per org, opening it on the first tab the person can use; the org on screen is marked current. */
export default function AdminOrgsMenu() {
  // Asked for once the menu is first opened: a page load then makes no call for it.
  const [opened, setOpened] = useState(false);
  const orgs = useQuery({ ...orgListQueryOptions(MEMBER_ORGS), enabled: opened });
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
        You belong to no orgs
      </DropdownMenu.Item>
    );
  } else {
    items = menuOrder(orgs.data).map((org) => {
      const current = org.id === currentOrgId;
      return (
        <DropdownMenu.Item key={org.id} asChild className="menu-item">
          <Link to={`/orgs/${encodeURIComponent(org.id)}`} aria-current={current ? 'page' : undefined}>
            <span className="menu-item-name">
              {org.name}
              {org.level === 'ADMIN' ? <span className="menu-item-badge"> · Admin</span> : null}
            </span>
            <code className="menu-item-detail">{org.id}</code>
          </Link>
        </DropdownMenu.Item>
      );
    });
  }

  return (
    // Not modal: a navigation menu need not hide the page from assistive technology.
    <DropdownMenu.Root modal={false} onOpenChange={(open) => open && setOpened(true)}>
      <DropdownMenu.Trigger className="nav-menu-trigger">
        Your orgs <ChevronDown aria-hidden="true" size={16} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="start" sideOffset={6}>
          <DropdownMenu.Label className="menu-label">Orgs you belong to</DropdownMenu.Label>
          {items}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
