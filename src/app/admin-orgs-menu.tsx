/** The header's "Your orgs" menu: every org the signed-in person belongs to, those they administer first. */
import { useState } from 'react';
import { Link } from 'react-router';
import { DropdownMenu } from 'radix-ui';
import { ChevronDown } from 'lucide-react';
import { describeError } from '../api/client';
import { useYourOrgs } from './your-orgs';

/** One link per org, opening it on the first tab the person can use; the org on screen is marked current. */
export default function AdminOrgsMenu() {
  // Asked for once the menu is first opened: a page load then makes no call for it.
  const [opened, setOpened] = useState(false);
  const { query: orgs, orgs: ordered, currentOrgId } = useYourOrgs(opened);

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
  } else if (!ordered?.length) {
    items = (
      <DropdownMenu.Item className="menu-item" disabled>
        You belong to no orgs
      </DropdownMenu.Item>
    );
  } else {
    items = ordered.map((org) => {
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
