/** A problem with one report of a police file. */
export interface PolitieImportFout {
  /** CSV: the line of the row (header = line 1); JSON: the position of the report in "meldingen" (from 1). */
  regel: number;
  /** The column (CSV) or field (JSON, e.g. personen[1].bsn). */
  veld: string;
  melding: string;
}

/** The outcome of a police import: with any problem nothing is stored and only `fouten` is filled. */
export interface PolitieImportResultaat {
  /** Unique meldingen stored (each to be screened and beoordeeld). */
  meldingen: number;
  /** Niet-unieke meldingen stored: linked to the open melding about the household, handled administratively. */
  nietUniek: number;
  /** Politiezorgmeldingen jeugd stored in their own stream, to be screened. */
  zorgmeldingenJeugd: number;
  /** Reports whose registration number the region already has: skipped (a repeated import never duplicates). */
  alBekend: number;
  fouten: PolitieImportFout[];
}
