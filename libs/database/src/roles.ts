/**
 * Group roles that migrations grant privileges to. The login roles named in the URLs become
 * members, so migrations never depend on how an installation names its users.
 */
export const APPLICATION_GROUP_ROLE = 'vt_role_application';
export const BENCHMARK_GROUP_ROLE = 'vt_role_benchmark';
