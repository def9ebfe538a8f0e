/** The 26 Veilig Thuis regions (CBS classification 2022), for the development login. */
export const REGIOS: readonly { code: string; naam: string }[] = [
  ['VT01', 'Amsterdam-Amstelland'],
  ['VT02', 'Drenthe'],
  ['VT03', 'Flevoland'],
  ['VT04', 'Friesland'],
  ['VT05', 'Gelderland-Midden'],
  ['VT06', 'Gelderland-Zuid'],
  ['VT07', 'Gooi en Vechtstreek'],
  ['VT08', 'Groningen'],
  ['VT09', 'Haaglanden'],
  ['VT10', 'Hollands-Midden'],
  ['VT11', 'IJsselland'],
  ['VT12', 'Kennemerland'],
  ['VT13', 'Noord- en Midden Limburg'],
  ['VT14', 'Noord- en Oost-Gelderland'],
  ['VT15', 'Noord-Brabant Midden'],
  ['VT16', 'Brabant Noordoost'],
  ['VT17', 'Noord-Holland Noord'],
  ['VT18', 'Rotterdam-Rijnmond'],
  ['VT19', 'Twente'],
  ['VT20', 'Utrecht'],
  ['VT21', 'West-brabant'],
  ['VT22', 'Zaanstreek-Waterland'],
  ['VT23', 'Zeeland'],
  ['VT24', 'Zuid-Holland-Zuid'],
  ['VT25', 'Zuid-Limburg'],
  ['VT26', 'Zuidoost-Brabant'],
].map(([code, naam]) => ({ code: code!, naam: naam! }));

/** The roles of libs/auth (rol.ts), with the Dutch label the portal shows. */
export const ROLLEN: readonly { code: string; label: string }[] = [
  { code: 'landelijk-analist', label: 'Landelijk analist (Landelijk Netwerk, alle regio’s)' },
  { code: 'medewerker', label: 'Medewerker' },
  { code: 'administratief-medewerker', label: 'Administratief medewerker' },
  { code: 'gedragswetenschapper', label: 'Gedragswetenschapper' },
  { code: 'vertrouwensarts', label: 'Vertrouwensarts' },
  { code: 'teammanager', label: 'Teammanager' },
  { code: 'functioneel-beheerder', label: 'Functioneel beheerder' },
  { code: 'privacyfunctionaris', label: 'Privacyfunctionaris' },
];

export function regioNaam(code: string | undefined): string | undefined {
  return REGIOS.find((r) => r.code === code)?.naam;
}
