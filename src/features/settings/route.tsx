/**
 * The Settings tab (`/orgs/:orgId/settings`): basic information, policies, PHI, job logs
 * forwarding, default project limits and the SAML identity provider. Admins edit; a
 * member sees what their rights allow, read-only, without Save buttons. On a wide window
 * the sections are listed beside them as links; the forms keep a reading width.
 */
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { parseOrgSettings } from '../../api/settings';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { BasicInfoSection } from './basic-info-section';
import { JobLogsSection } from './job-logs-section';
import { LimitsSection } from './limits-section';
import { PhiSection } from './phi-section';
import { PoliciesSection } from './policies-section';
import { SamlSection } from './saml-section';
import { UnsavedChangesGuard } from './unsaved-changes';
import './settings.css';

/** The sections in page order: the id of each one's heading, and its title. */
const SECTIONS = [
  { id: 'settings-basic', title: 'Basic information' },
  { id: 'settings-policies', title: 'Policies and administration' },
  { id: 'settings-phi', title: 'PHI data protection' },
  { id: 'settings-job-logs', title: 'Job logs forwarding' },
  { id: 'settings-limits', title: 'Monthly project spending limits' },
  { id: 'settings-saml', title: 'SAML identity provider' },
] as const;

/** On a wide window, the sections as links beside them (the page is long); hidden when narrow. */
function SectionNav({ sections }: { sections: readonly { id: string; title: string }[] }) {
  return (
    <nav aria-label="Settings sections" className="sticky top-4 mt-5 hidden lg:block">
      <ul className="m-0 grid list-none gap-0.5 border-l border-border p-0">
        {sections.map(({ id, title }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className="-ml-px block border-l-2 border-transparent py-1 pl-3 text-sm text-muted no-underline hover:border-primary hover:text-text"
            >
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SettingsPage() {
  const { orgId = '' } = useParams();
  const settings = useQuery({ ...orgDescribeQueryOptions(orgId), select: parseOrgSettings });

  if (!settings.data) {
    return settings.isError ? (
      <ErrorState
        title="The settings could not be loaded."
        error={settings.error}
        onRetry={() => void settings.refetch()}
        retrying={settings.isFetching}
      />
    ) : (
      <LoadingState>Loading the settings…</LoadingState>
    );
  }
  const org = settings.data;
  const isAdmin = org.level === 'ADMIN';
  // A non-member of a public org gets only the name and handle: nothing else to show.
  const sections = org.level ? SECTIONS : SECTIONS.slice(0, 1);
  return (
    // Keyed by org: drafts (limits, SAML, policy edits) never carry over to another org's settings.
    // Leaving with unsaved edits asks first.
    <UnsavedChangesGuard key={org.id}>
      <section className="settings-tab" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        {!isAdmin ? (
          <p className="hint">
            {org.level === 'MEMBER'
              ? `You are a member of ${org.name}: you see its settings; its admins change them.`
              : `${org.name} is public: only its name and handle are shown to non-members.`}
          </p>
        ) : null}
        <div className="lg:grid lg:grid-cols-[12rem_minmax(0,48rem)] lg:items-start lg:gap-8">
          {sections.length > 1 ? <SectionNav sections={sections} /> : <div className="hidden lg:block" />}
          <div className="min-w-0">
            <BasicInfoSection org={org} isAdmin={isAdmin} />
            {org.level ? (
              <>
                <PoliciesSection org={org} isAdmin={isAdmin} />
                <PhiSection org={org} />
                <JobLogsSection org={org} isAdmin={isAdmin} />
                <LimitsSection org={org} isAdmin={isAdmin} />
                <SamlSection org={org} isAdmin={isAdmin} />
              </>
            ) : null}
          </div>
        </div>
      </section>
    </UnsavedChangesGuard>
  );
}

export { SettingsPage as Component };
