/** The org's ID (with a copy button) and handle, as entries of a `<dl>`: the org header and Settings show them alike. */
import { IdFact } from './ui/id-fact';

export function OrgIdFacts({ org }: { org: { id: string; handle: string } }) {
  return (
    <>
      <IdFact term="Org ID" id={org.id} what="org ID" />
      <div>
        <dt>Handle</dt>
        <dd>{org.handle}</dd>
      </div>
    </>
  );
}
