import pg from 'pg';
import { datumInNederland, plusDagen } from '@vt/werkdagen';
import { copyRows } from './copy.js';
import { genereerRegio } from './regio-generator.js';
import { regioSeed } from './rng.js';
import { inTenantTransaction } from '@vt/database';

export interface LaadOpties {
  ownerUrl: string;
  appUrl: string;
  seed: number;
  jaren: number;
  /** Only these region codes (default: all). */
  regios?: string[];
  /** Last day of the history (default: today in the Netherlands). */
  tot?: string;
  /** Let the loaded regions take part in the benchmark (default true). */
  deelnemen?: boolean;
  log?: (line: string) => void;
  /** Regions loaded at the same time, each on its own connection (default 2). */
  parallel?: number;
}

export interface LaadResultaat {
  regios: number;
  overgeslagen: number;
  rijen: number;
  seconden: number;
  aantallen: Record<string, number>;
}

/**
 * Generates and bulk-loads synthetic data per region, each region in one transaction under its own
 * tenant (row-level security checks every row). A region that already has meldingen is skipped,
 * so running it again adds nothing.
 */
export async function laadDemodata(opties: LaadOpties): Promise<LaadResultaat> {
  const log = opties.log ?? (() => undefined);
  const tot = opties.tot ?? datumInNederland(new Date());
  const van = plusDagen(tot, -Math.round(365 * opties.jaren) + 1);
  const parallel = Math.max(1, opties.parallel ?? 2);
  const owners = Array.from(
    { length: parallel },
    () => new pg.Client({ connectionString: opties.ownerUrl, application_name: 'vt-demodata' }),
  );
  const owner = owners[0]!;
  // One application connection per lane too: a connection holds one transaction (and tenant) at a time.
  const apps = Array.from({ length: parallel }, () => new pg.Client({ connectionString: opties.appUrl, application_name: 'vt-demodata' }));
  await Promise.all([...owners, ...apps].map((c) => c.connect()));
  const started = Date.now();
  const totaal: Record<string, number> = {};
  let rijen = 0;
  let overgeslagen = 0;
  try {
    const { rows: regios } = await owner.query<{ id: string; code: string; naam: string; inwoners: number }>(
      `SELECT o.id, o.code, o.naam, COALESCE(sum(i.inwoners), 0)::int AS inwoners
       FROM referentie.organisatie o JOIN referentie.regio r ON r.organisatie_id = o.id JOIN referentie.gemeente g ON g.regio_code = r.code
       LEFT JOIN LATERAL (SELECT inwoners FROM referentie.gemeente_inwoners gi WHERE gi.gemeente_code = g.code ORDER BY peildatum DESC LIMIT 1) i ON true
       WHERE $1::text[] IS NULL OR o.code = ANY($1)
       GROUP BY o.id, o.code, o.naam ORDER BY o.code`,
      [opties.regios ?? null],
    );
    // Regions in parallel lanes, one connection and transaction each: while one lane's rows are
    // checked and inserted by PostgreSQL, the other generates its next region. Largest first, so
    // the lanes end close together; the log numbers keep the code order.
    const wachtrij = regios.map((regio, index) => ({ regio, n: index + 1 })).sort((a, b) => b.regio.inwoners - a.regio.inwoners);
    // A region's generated rows are in memory until its COPY is done, so the lanes never hold two
    // of the largest at once: a lane takes the largest waiting region that fits next to what the
    // others hold (at most 1.5 × the largest region's inhabitants in all), or waits for one to
    // finish. Ten years of VT18 and VT20 together peaked at 2.3 GB; this keeps the load under 2 GB.
    const budget = 1.5 * (wachtrij[0]?.regio.inwoners ?? 0);
    let bezet = 0;
    let klaar: (() => void)[] = [];
    const neem = async (): Promise<(typeof wachtrij)[number] | undefined> => {
      for (;;) {
        if (wachtrij.length === 0) return undefined;
        const index = wachtrij.findIndex((w) => bezet === 0 || bezet + w.regio.inwoners <= budget);
        if (index >= 0) {
          const [volgende] = wachtrij.splice(index, 1);
          bezet += volgende!.regio.inwoners;
          return volgende;
        }
        await new Promise<void>((resolve) => klaar.push(resolve));
      }
    };
    const vrij = (inwoners: number) => {
      bezet -= inwoners;
      const wachtend = klaar;
      klaar = [];
      for (const resolve of wachtend) resolve();
    };
    const lane = async (client: pg.Client, app: pg.Client) => {
      for (let volgende = await neem(); volgende; volgende = await neem()) {
        const { regio, n } = volgende;
        try {
          await laadEnMeld(client, app, regio, n);
        } finally {
          vrij(regio.inwoners);
        }
      }
    };
    const laadEnMeld = async (client: pg.Client, app: pg.Client, regio: (typeof wachtrij)[number]['regio'], n: number) => {
      const t0 = Date.now();
      const geladen = await laadRegio(client, regio, van, tot, opties.seed);
      if (!geladen) {
        overgeslagen += 1;
        log(`[${n}/${regios.length}] ${regio.code} ${regio.naam}: already has data, skipped`);
        return;
      }
      const { aantallen, regioRijen } = geladen;
      rijen += regioRijen;
      for (const [key, value] of Object.entries(aantallen)) totaal[key] = (totaal[key] ?? 0) + value;
      log(
        `[${n}/${regios.length}] ${regio.code} ${regio.naam}: ${aantallen.meldingen} meldingen, ${aantallen.adviezen} adviezen, ${aantallen.fte} FTE, ${regioRijen} rows (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
      if (opties.deelnemen === false) return;
      // Demo regions take part in the benchmark (participation is the region's own choice).
      await inTenantTransaction(app, regio.id, () =>
        app.query(
          `INSERT INTO benchmark.deelname (organisatie_id, deelnemer, gewijzigd_door) VALUES ($1, true, 'synth-demodata') ON CONFLICT DO NOTHING`,
          [regio.id],
        ),
      );
    };
    await Promise.all(owners.map((client, index) => lane(client, apps[index]!)));
    await owner.query('ANALYZE');
    return { regios: regios.length - overgeslagen, overgeslagen, rijen, seconden: (Date.now() - started) / 1000, aantallen: totaal };
  } finally {
    await Promise.all([...owners, ...apps].map((c) => c.end()));
  }
}

/**
 * Generates and loads one region in one transaction under its own tenant (row-level security
 * applies to the load too); null when the region already has meldingen.
 */
async function laadRegio(
  client: pg.Client,
  regio: { id: string; code: string; inwoners: number },
  van: string,
  tot: string,
  seed: number,
): Promise<{ aantallen: Record<string, number>; regioRijen: number } | null> {
  return inTenantTransaction(client, regio.id, async () => {
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM melding) AS gevuld`);
    if (rows[0].gevuld) return null;
    const { rows: gemeenten } = await client.query<{ code: string; naam: string; inwoners: number }>(
      `SELECT g.code, g.naam, COALESCE((SELECT inwoners FROM referentie.gemeente_inwoners gi WHERE gi.gemeente_code = g.code
                                        ORDER BY peildatum DESC LIMIT 1), 0)::int AS inwoners
       FROM referentie.gemeente g JOIN referentie.regio r ON r.code = g.regio_code
       WHERE r.organisatie_id = $1 ORDER BY g.code`,
      [regio.id],
    );
    const data = genereerRegio({ code: regio.code, inwoners: regio.inwoners, seed: regioSeed(seed, regio.code), van, tot, gemeenten });
    let regioRijen = 0;
    for (const tabel of data.tabellen) {
      regioRijen += await copyRows(client, tabel.naam, tabel.kolommen, tabel.rijen);
      // Let a copied table go: the other lane is generating its region meanwhile (peak memory).
      tabel.rijen = [];
    }
    return { aantallen: data.aantallen, regioRijen };
  });
}
