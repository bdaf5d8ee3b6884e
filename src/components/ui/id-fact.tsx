/** An ID as an entry of a `<dl>`: the term, the ID in code and a button that copies it ("Org ID", "Project ID"). */
import { CopyButton } from './copy-button';

export function IdFact({ term, id, what }: { term: string; id: string; what: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <code>{id}</code>
        <CopyButton value={id} label={`Copy ${what}`} what={what} />
      </dd>
    </div>
  );
}
