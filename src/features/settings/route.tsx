/**
 * The Settings tab (`/orgs/:orgId/settings`): basic information, policies, PHI, job logs
 * forwarding, default project limits and the SAML identity provider. Admins edit; a
 * member sees what their rights allow, read-only, without Save buttons.
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
        <BasicInfoSection org={org} isAdmin={isAdmin} />
        {/* A non-member of a public org gets only the name and handle: nothing else to show. */}
        {org.level ? (
          <>
            <PoliciesSection org={org} isAdmin={isAdmin} />
            <PhiSection org={org} />
            <JobLogsSection org={org} isAdmin={isAdmin} />
            <LimitsSection org={org} isAdmin={isAdmin} />
            <SamlSection org={org} isAdmin={isAdmin} />
          </>
        ) : null}
      </section>
    </UnsavedChangesGuard>
  );
}

export { SettingsPage as Component };
