/**
 * The rows the peer page shows: the same members and projects as the console's Members and
 * Projects tabs, taken from the emulator's seed in Node (`exportPeerRows`) and written as JSON.
 */
export interface PeerMember {
  id: string;
  name: string;
  handle: string;
  level: string;
  allowBillableActivities: boolean;
  projectAccess: string;
  appAccess: boolean;
}

export interface PeerProject {
  id: string;
  name: string;
  level: string;
}

export type PeerDataSet = { kind: 'members'; rows: PeerMember[] } | { kind: 'projects'; rows: PeerProject[] };
