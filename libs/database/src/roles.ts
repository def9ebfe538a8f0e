/**
 * Group roles that migrations grant privileges to. The login roles named in the URLs become
 * members, so migrations never depend on how an installation names its users.
 */
export const APPLICATION_GROUP_ROLE = 'vt_role_application';
export const BENCHMARK_GROUP_ROLE = 'vt_role_benchmark';
/**
 * Read-only group role for backups: SELECT on every table and a permissive `FOR SELECT` policy on
 * every row-level-secured table (migration 1764800800000). Only the login named by
 * DATABASE_BACKUP_URL is a member; setup refuses to make the platform's own users members.
 */
export const BACKUP_GROUP_ROLE = 'vt_role_backup';
