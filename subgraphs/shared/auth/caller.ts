import type { Department } from '../departments';

/** What kind of caller a token names (architecture.md, "Callers, roles and audit"). */
export const ROLES = ['department-system', 'analyst', 'auditor', 'developer'] as const;
export type Role = (typeof ROLES)[number];

/** What a caller may do beyond reading what its role and department are granted. */
export const SCOPES = {
  /** Write the caller's own department's records. */
  write: 'write',
  /** See ID numbers, names, phones and addresses unmasked. */
  personalData: 'personal-data',
  /** Read and verify the audit trail. */
  audit: 'audit',
} as const;
export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

/** A verified caller: who it is, which department's system (if one), and its scopes. */
export interface Caller {
  id: string;
  role: Role;
  department: Department | null;
  scopes: ReadonlySet<string>;
}
