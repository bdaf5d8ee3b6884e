/** The org's ID (with a copy button) and handle, as entries of a `<dl>`: the org header and Settings show them alike. */
import { CopyButton } from './ui/copy-button';

export function OrgIdFacts({ org }: { org: { id: string; handle: string } }) {
  return (
    <>
      <div>
        <dt>Org ID</dt>
        <dd>
          <code>{org.id}</code>
          <CopyButton value={org.id} label="Copy org ID" what="org ID" />
        </dd>
      </div>
      <div>
        <dt>Handle</dt>
        <dd>{org.handle}</dd>
      </div>
    </>
  );
}
