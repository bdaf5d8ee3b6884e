/**
 * `/orgs/:orgId` itself: on to the first tab the person can use (see `landingTab`). The
 * org layout renders this only once the org's describe is in.
 */
import { Navigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { landingTab } from './org-tabs';

export function OrgIndex() {
  const { orgId = '' } = useParams();
  const org = useQuery(orgDescribeQueryOptions(orgId));
  if (!org.data) return null;
  return <Navigate to={landingTab(org.data)} replace />;
}

export { OrgIndex as Component };
