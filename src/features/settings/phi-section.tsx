/** PHI data protection: whether it is on; turning it on is the platform's job (a license), not the admins'. */
import type { OrgSettings } from '../../api/settings';
import { SettingsSection } from './settings-ui';

export function PhiSection({ org }: { org: OrgSettings }) {
  // Where the server does not report licenses, `phiFeaturesEnabled` alone says whether it is on.
  const licensed = org.licenses?.phiDataProtection;
  const on = org.phiFeaturesEnabled && licensed !== false;
  return (
    <SettingsSection
      id="settings-phi"
      title="PHI data protection"
      description="Extra safeguards for projects that hold protected health information."
    >
      {on ? (
        <p>
          <strong>On.</strong> Projects billed to {org.name} may be marked as containing PHI and get the platform&apos;s
          PHI safeguards.
        </p>
      ) : (
        <p>
          <strong>Off.</strong>{' '}
          {licensed === true ? 'The org holds the license but the features are not enabled. ' : null}
          {licensed === false ? `${org.name} does not hold the PHI data protection license. ` : null}
          Contact support to enable it.
        </p>
      )}
    </SettingsSection>
  );
}
