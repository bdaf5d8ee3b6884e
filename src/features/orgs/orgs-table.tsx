/**
 * The thin All Orgs table: a plain, accessible <table>. The shared data table
 * (column picker, sorting, selection, virtual rows) replaces it in a later issue.
 */
import type { OrgSummary } from '../../api/orgs';
import { formatCount, fundsAvailable } from './format';

function Count({ value }: { value: number | undefined }) {
  const text = formatCount(value);
  if (text === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not shown to you</span>
      </>
    );
  }
  return <>{text}</>;
}

export function OrgsTable({ orgs, caption }: { orgs: OrgSummary[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Org ID</th>
            <th scope="col" className="num">
              Members
            </th>
            <th scope="col" className="num">
              Projects
            </th>
            <th scope="col" className="num">
              Funds available
            </th>
          </tr>
        </thead>
        <tbody>
          {orgs.map((org) => (
            <tr key={org.id}>
              <th scope="row" className="org-name">
                {org.name}
              </th>
              <td>
                <code>{org.id}</code>
              </td>
              <td className="num">
                <Count value={org.memberCount} />
              </td>
              <td className="num">
                <Count value={org.projectCount} />
              </td>
              <td className="num">{fundsAvailable(org)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
