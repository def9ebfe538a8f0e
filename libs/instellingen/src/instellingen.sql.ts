import { selectList, sql, type Database, type Db, type Selectable } from '@vt/database';

type Instelling = Selectable<Database['tenant_instelling']>;

/** The region's policy as every read of case data needs it (for the team rule). */
export interface Instellingen {
  mdToetsingVerplicht: Instelling['md_toetsing_verplicht'];
  werkBeperktTotTeam: Instelling['werk_beperkt_tot_team'];
  nietUniekVensterDagen: Instelling['niet_uniek_venster_dagen'];
  crisisteam: Instelling['crisisteam'];
  version: Instelling['version'];
}

const INSTELLINGEN_SELECT = selectList([
  'md_toetsing_verplicht as mdToetsingVerplicht',
  'werk_beperkt_tot_team as werkBeperktTotTeam',
  'niet_uniek_venster_dagen as nietUniekVensterDagen',
  'crisisteam',
  'version',
]);

/**
 * The region's row, if it changed its policy. Read by nearly every request, so a template: it
 * compiles many times faster than the builder.
 */
export async function leesInstellingen(db: Db): Promise<Instellingen | undefined> {
  const { rows } = await sql<Instellingen>`SELECT ${INSTELLINGEN_SELECT} FROM tenant_instelling`.execute(db);
  return rows[0];
}
