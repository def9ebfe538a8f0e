/**
 * The development identity provider's accounts: every platform role in two regions, plus one
 * landelijk-analist. Roles are IdP groups ("vt-teammanager"), as Keycloak or Entra ID would send
 * them; the platform maps them to its roles through the issuer's `rollen` mapping.
 */
export interface DevGebruiker {
  /** Login name and subject (`sub`). */
  gebruikersnaam: string;
  naam: string;
  /** Region code (`tenant` claim); absent for the landelijk-analist. */
  regio?: string;
  groepen: string[];
  team?: string;
}

/** The platform roles (libs/auth/src/rol.ts) and their group names at this IdP. */
export const DEV_GROEPEN = {
  'vt-medewerker': 'medewerker',
  'vt-administratief-medewerker': 'administratief-medewerker',
  'vt-gedragswetenschapper': 'gedragswetenschapper',
  'vt-vertrouwensarts': 'vertrouwensarts',
  'vt-teammanager': 'teammanager',
  'vt-functioneel-beheerder': 'functioneel-beheerder',
  'vt-privacyfunctionaris': 'privacyfunctionaris',
  'lnvt-analist': 'landelijk-analist',
} as const;

/** The demo's regions. */
export const DEV_REGIOS = { VT18: 'Rotterdam-Rijnmond', VT12: 'Kennemerland' } as const;

// Casework roles work in a team (the team rules of the api); beheer and privacy roles do not.
const IN_TEAM = new Set(['medewerker', 'administratief-medewerker', 'gedragswetenschapper', 'vertrouwensarts', 'teammanager']);

function regioGebruikers(regio: keyof typeof DEV_REGIOS): DevGebruiker[] {
  return Object.entries(DEV_GROEPEN)
    .filter(([, rol]) => rol !== 'landelijk-analist')
    .map(([groep, rol]) => ({
      gebruikersnaam: `${regio.toLowerCase()}-${rol}`,
      naam: `${rol.charAt(0).toUpperCase()}${rol.slice(1).replace(/-/g, ' ')} ${regio}`,
      regio,
      groepen: [groep],
      ...(IN_TEAM.has(rol) ? { team: 'Team Noord' } : {}),
    }));
}

export const DEV_GEBRUIKERS: readonly DevGebruiker[] = [
  ...regioGebruikers('VT18'),
  ...regioGebruikers('VT12'),
  { gebruikersnaam: 'landelijk-analist', naam: 'Landelijk analist', groepen: ['lnvt-analist'] },
];

export function vindGebruiker(gebruikersnaam: string): DevGebruiker | undefined {
  return DEV_GEBRUIKERS.find((g) => g.gebruikersnaam === gebruikersnaam);
}
