import { describe, expect, it } from 'vitest';
import type { PerProjectUsageRow, RootExecutionRow } from '../../api/usage-reports';
import { perProjectCsv, perProjectTotals, rootExecutionsCsv, usageReportFileName } from './usage-report-csv';

const projectRow = (project: string, name: string, amounts: number[]): PerProjectUsageRow => {
  const [compute = 0, storage = 0, egress = 0, archival = 0, publicIpv4 = 0] = amounts;
  const total = Math.round((compute + storage + egress + archival + publicIpv4) * 100) / 100;
  return { project, name, compute, storage, egress, archival, publicIpv4, total };
};

const rows = [
  projectRow('project-A', 'WGS cohort', [0.1, 0.2, 0, 0, 3.6]),
  projectRow('project-B', 'Clinical, "validated"', [1234.56, 10.01, 0.7, 0.03, 7.2]),
];

describe('perProjectTotals', () => {
  it('sums every amount column in whole cents, and the totals add up to the total', () => {
    const totals = perProjectTotals(rows);
    expect(totals).toEqual({
      project: 'Total',
      name: '',
      compute: 1234.66,
      storage: 10.21,
      egress: 0.7,
      archival: 0.03,
      publicIpv4: 10.8,
      total: 1256.4,
    });
    const parts = totals.compute + totals.storage + totals.egress + totals.archival + totals.publicIpv4;
    expect(Math.round(parts * 100) / 100).toBe(totals.total);
  });

  it('is all zeros for a month without charges', () => {
    expect(perProjectTotals([])).toMatchObject({ project: 'Total', compute: 0, total: 0 });
  });
});

describe('perProjectCsv', () => {
  it('has the API field names as header, one line per project, quoting where needed, and the totals last', () => {
    const lines = perProjectCsv(rows).split('\r\n');
    expect(lines).toEqual([
      'project,name,compute,storage,egress,archival,publicIpv4,total',
      'project-A,WGS cohort,0.1,0.2,0,0,3.6,3.9',
      'project-B,"Clinical, ""validated""",1234.56,10.01,0.7,0.03,7.2,1252.5',
      'Total,,1234.66,10.21,0.7,0.03,10.8,1256.4',
      '',
    ]);
  });
});

describe('rootExecutionsCsv', () => {
  it('has the API field names as header and the creation time as an ISO date-time', () => {
    const execution: RootExecutionRow = {
      execution: 'job-1',
      project: 'project-A',
      launchedBy: 'user-alice',
      executable: 'app-bwa',
      cost: 12.5,
      created: Date.UTC(2026, 9, 3, 14, 5),
    };
    expect(rootExecutionsCsv([execution]).split('\r\n')).toEqual([
      'execution,project,launchedBy,executable,cost,created',
      'job-1,project-A,user-alice,app-bwa,12.5,2026-10-03T14:05:00.000Z',
      '',
    ]);
  });
});

describe('usageReportFileName', () => {
  it('names the org, the report and the month', () => {
    expect(usageReportFileName('org-acme', 'perProject', '2026-10')).toBe('org-acme-usage-2026-10.csv');
    expect(usageReportFileName('org-acme', 'rootExecutions', '2026-10')).toBe('org-acme-root-executions-2026-10.csv');
  });
});
