/**
 * The header on a narrow screen: one "Menu" button opening a panel with the main
 * links, the person's orgs, the theme, and Switch user / Sign out.
 */
import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { Menu } from 'lucide-react';
import { Dialog } from '../components/ui/dialog';
import { RadioGroup } from '../components/ui/radio-group';
import { setThemeChoice, THEME_CHOICES, THEME_LABELS, useThemeChoice } from './theme';
import { useYourOrgs } from './your-orgs';
import { Button, buttonClass } from '../components/ui/button';

function YourOrgs({ onNavigate }: { onNavigate: () => void }) {
  const { query, orgs, currentOrgId } = useYourOrgs(true);
  if (query.isPending) return <p className="hint">Loading your orgs…</p>;
  if (query.isError) return <p className="hint">Your orgs could not be loaded.</p>;
  if (!orgs?.length) return <p className="hint">You belong to no orgs.</p>;
  return (
    <ul className="sheet-links">
      {orgs.map((org) => (
        <li key={org.id}>
          <Link
            to={`/orgs/${encodeURIComponent(org.id)}`}
            aria-current={org.id === currentOrgId ? 'page' : undefined}
            onClick={onNavigate}
          >
            {org.name}
            {org.level === 'ADMIN' ? <span className="hint"> · Admin</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default function MobileMenu({ account, onSignOut }: { account: React.ReactNode; onSignOut: () => void }) {
  const [open, setOpen] = useState(false);
  const theme = useThemeChoice();
  const close = () => setOpen(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      className="sheet"
      title="Menu"
      trigger={
        <button type="button" className="icon-button" aria-label="Menu">
          <Menu aria-hidden="true" size={20} />
        </button>
      }
    >
      {account}
      <nav aria-label="Main" className="sheet-nav">
        <ul className="sheet-links">
          <li>
            <NavLink to="/orgs" end onClick={close}>
              All Orgs
            </NavLink>
          </li>
          <li>
            <NavLink to="/billing" onClick={close}>
              Billing
            </NavLink>
          </li>
        </ul>
      </nav>
      <h3 className="sheet-heading">Your orgs</h3>
      {open ? <YourOrgs onNavigate={close} /> : null}
      <h3 className="sheet-heading" id="sheet-theme">
        Theme
      </h3>
      <RadioGroup
        idPrefix="sheet-theme"
        aria-labelledby="sheet-theme"
        value={theme}
        onValueChange={setThemeChoice}
        choices={THEME_CHOICES.map((choice) => ({ value: choice, label: THEME_LABELS[choice] }))}
      />
      <div className="sheet-actions">
        <Link to="/sign-in" className={buttonClass('quiet')} onClick={close}>
          Switch user
        </Link>
        <Button
          variant="quiet"
          onClick={() => {
            close();
            onSignOut();
          }}
        >
          Sign out
        </Button>
      </div>
    </Dialog>
  );
}
