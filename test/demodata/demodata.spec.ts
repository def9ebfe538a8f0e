import type pg from 'pg';
import { genereerRegio, laadDemodata, regioSeed } from '@vt/demodata';
import { extractText, getDocumentProxy } from 'unpdf';
import { WerkdagKalender } from '@vt/werkdagen';
import { startApp, type RunningApp } from '../support/app.js';
import { connectAs, tenantIdOf } from '../support/db.js';
import { requireEnv } from '../support/env.js';
import { tokenFor } from '../support/tokens.js';

const TOT = '2026-11-20';

describe('synthetic demo data', () => {
  it('is deterministic: the same seed gives the same rows', () => {
    const invoer = { code: 'VT12', inwoners: 540_385, seed: regioSeed(42, 'VT12'), van: '2026-09-01', tot: TOT };
    const a = genereerRegio(invoer);
    const b = genereerRegio(invoer);
    expect(JSON.stringify(a.tabellen)).toBe(JSON.stringify(b.tabellen));
    const c = genereerRegio({ ...invoer, seed: regioSeed(43, 'VT12') });
    expect(JSON.stringify(c.tabellen)).not.toBe(JSON.stringify(a.tabellen));
  });

  it('uses obviously fictional names only', () => {
    const { tabellen } = genereerRegio({ code: 'VT12', inwoners: 540_385, seed: 7, van: '2026-10-01', tot: TOT });
    const personen = tabellen.find((t) => t.naam === 'persoon')!.rijen;
    expect(personen.length).toBeGreaterThan(0);
    expect(personen.every((r) => String(r[1]).startsWith('Synthetisch Persoon'))).toBe(true);
  });

  describe('loaded into the database (VT12, 75 days)', () => {
    let admin: pg.Client;
    let api: RunningApp;
    let tenant: string;

    beforeAll(async () => {
      const result = await laadDemodata({
        ownerUrl: requireEnv('DATABASE_OWNER_URL'),
        appUrl: requireEnv('DATABASE_URL'),
        seed: 1,
        jaren: 75 / 365,
        regios: ['VT12'],
        tot: TOT,
        deelnemen: false,
      });
      expect(result).toMatchObject({ regios: 1, overgeslagen: 0 });
      const again = await laadDemodata({
        ownerUrl: requireEnv('DATABASE_OWNER_URL'),
        appUrl: requireEnv('DATABASE_URL'),
        seed: 1,
        jaren: 75 / 365,
        regios: ['VT12'],
        tot: TOT,
        deelnemen: false,
      });
      expect(again).toMatchObject({ regios: 0, overgeslagen: 1, rijen: 0 });
      [admin, api] = await Promise.all([connectAs('admin'), startApp('api')]);
      tenant = await tenantIdOf('VT12');
    }, 60_000);
    afterAll(() => Promise.all([admin.end(), api.close()]));

    it('has every deadline at the 5th werkdag after receipt', async () => {
      const { rows } = await admin.query(
        `SELECT ontvangstdatum::text AS o, uiterlijke_beoordelingsdatum::text AS u FROM melding WHERE tenant_id = $1`,
        [tenant],
      );
      expect(rows.length).toBeGreaterThan(100);
      const kalender = new WerkdagKalender();
      expect(rows.filter((r) => kalender.plusWerkdagen(r.o, 5) !== r.u)).toEqual([]);
    });

    it('has no state the platform could not have reached', async () => {
      const checks: Record<string, string> = {
        'assessed meldingen without exactly one confirmed besluit': `SELECT m.id FROM melding m WHERE m.tenant_id = $1 AND m.politie IS DISTINCT FROM 'NIET_UNIEK' AND m.fase NOT IN ('TE_BEOORDELEN', 'TER_TOETSING')
            AND (SELECT count(*) FROM veiligheidsbeoordeling b WHERE b.melding_id = m.id AND b.status = 'VASTGESTELD') <> 1`,
        'besluiten confirmed by their decider': `SELECT id FROM veiligheidsbeoordeling WHERE tenant_id = $1 AND getoetst_door = besloten_door`,
        'meldingen in onderzoek/V&V without a running intervention': `SELECT m.id FROM melding m WHERE m.tenant_id = $1 AND m.fase IN ('ONDERZOEK', 'VOORWAARDEN_EN_VERVOLG')
            AND NOT EXISTS (SELECT 1 FROM interventie i WHERE i.melding_id = m.id AND i.status IN ('GEPLAND', 'GESTART'))`,
        'meldingen in monitoring without a carried-out overdracht': `SELECT m.id FROM melding m WHERE m.tenant_id = $1 AND m.fase = 'MONITORING'
            AND NOT EXISTS (SELECT 1 FROM overdracht o WHERE o.melding_id = m.id AND o.status = 'UITGEVOERD')`,
        'anything dated after the end': `SELECT id FROM melding WHERE tenant_id = $1 AND ontvangstdatum > '${TOT}'
            UNION ALL SELECT id FROM interventie WHERE tenant_id = $1 AND (gestart_op > '${TOT}' OR afgesloten_op > '${TOT}')
            UNION ALL SELECT id FROM overdracht WHERE tenant_id = $1 AND uitgevoerd_op > '${TOT}'`,
        'open casussen without open meldingen': `SELECT c.id FROM casus c WHERE c.tenant_id = $1 AND c.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM melding m WHERE m.casus_id = c.id AND m.fase <> 'AFGESLOTEN')`,
        'first meldingen with a person already known': `SELECT mb.melding_id FROM melding_betrokkene mb JOIN melding m ON m.id = mb.melding_id WHERE m.tenant_id = $1 AND m.classificatie = 'EERSTE_MELDING' AND mb.was_bekend`,
        'more than 24 hours a day': `SELECT medewerker_id FROM tijdregistratie WHERE tenant_id = $1 GROUP BY medewerker_id, datum HAVING sum(uren) > 24`,
      };
      for (const [name, sql] of Object.entries(checks)) {
        const { rows } = await admin.query(sql, [tenant]);
        expect([name, rows.length]).toEqual([name, 0]);
      }
    });

    it('gives every household a gemeente of the region (its meldingen and persons share it), persons a geslacht, adviezen a gemeente', async () => {
      const { rows } = await admin.query(
        `SELECT
           (SELECT count(*) FROM melding m WHERE m.tenant_id = $1 AND (m.gemeente_code IS NULL OR m.gemeente_code NOT IN (SELECT g.code FROM referentie.gemeente g JOIN referentie.regio r ON r.code = g.regio_code WHERE r.code = 'VT12')))::int AS melding_buiten,
           (SELECT count(*) FROM melding m JOIN melding m2 ON m2.casus_id = m.casus_id WHERE m.tenant_id = $1 AND m.gemeente_code <> m2.gemeente_code)::int AS huishouden_verdeeld,
           (SELECT count(*) FROM persoon p WHERE p.tenant_id = $1 AND (p.geslacht IS NULL OR p.gemeente_code IS NULL OR p.woonplaats IS NULL))::int AS persoon_onvolledig,
           (SELECT count(*) FROM advies a WHERE a.tenant_id = $1 AND a.gemeente_code IS NULL)::int AS advies_zonder,
           (SELECT count(DISTINCT m.gemeente_code) FROM melding m WHERE m.tenant_id = $1)::int AS gemeenten`,
        [tenant],
      );
      expect(rows[0]).toMatchObject({ melding_buiten: 0, huishouden_verdeeld: 0, persoon_onvolledig: 0, advies_zonder: 0 });
      expect(rows[0].gemeenten).toBeGreaterThan(1);
    });

    it('has a journal: entries by medewerkers about betrokkenen of their melding, none after the end, readable through the API', async () => {
      const { rows } = await admin.query(
        `SELECT
           (SELECT count(*) FROM journaalregel j WHERE j.tenant_id = $1)::int AS regels,
           (SELECT count(*) FROM journaalregel j WHERE j.tenant_id = $1 AND j.contact_op > '${TOT}T23:59:59+01')::int AS te_laat,
           (SELECT count(*) FROM journaalregel_betrokkene jb JOIN journaalregel j ON j.id = jb.journaalregel_id
             WHERE j.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM melding_betrokkene mb WHERE mb.melding_id = j.melding_id AND mb.persoon_id = jb.persoon_id))::int AS vreemde_betrokkene,
           (SELECT j.casus_id FROM journaalregel j WHERE j.tenant_id = $1 LIMIT 1) AS casus_id`,
        [tenant],
      );
      expect(rows[0]).toMatchObject({ te_laat: 0, vreemde_betrokkene: 0 });
      expect(rows[0].regels).toBeGreaterThan(100);
      const token = await tokenFor({ tenant: 'VT12', roles: ['medewerker'] });
      const journaal = await api.gql<{ journaal: { totalCount: number } }>(`query($id: ID!) { journaal(casusId: $id) { totalCount } }`, {
        token,
        variables: { id: rows[0].casus_id },
      });
      expect(journaal.errors).toBeUndefined();
      expect(journaal.data!.journaal.totalCount).toBeGreaterThan(0);
    });

    it('has small PDF documents whose stored bytes match their checksum and download through the API', async () => {
      const { rows } = await admin.query(
        `SELECT d.id, d.sha256 = encode(sha256(dd.data), 'hex') AS klopt, d.grootte = length(dd.data) AS lengte
         FROM document d JOIN document_deel dd ON dd.document_id = d.id WHERE d.tenant_id = $1`,
        [tenant],
      );
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.filter((r) => !r.klopt || !r.lengte)).toEqual([]);
      const token = await tokenFor({ tenant: 'VT12', roles: ['medewerker'] });
      const pdf = await fetch(`${api.url}/documenten/${rows[0].id}/inhoud`, { headers: { authorization: `Bearer ${token}` } });
      expect(pdf.status).toBe(200);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
      expect(text).toMatch(/^Synthetisch rapport bij melding M-\d{4}-/);
    });

    it('is usable through the API like any other data', async () => {
      const token = await tokenFor({ tenant: 'VT12', roles: ['medewerker'] });
      const { rows } = await admin.query(`SELECT id FROM melding WHERE tenant_id = $1 ORDER BY ontvangen_op DESC LIMIT 1`, [tenant]);
      const response = await api.gql<{ melding: { id: string; casus: { tijdlijn: unknown[] } } }>(
        `query($id: ID!) { melding(id: $id) { id casus { tijdlijn { soort } } } }`,
        { token, variables: { id: rows[0].id } },
      );
      expect(response.data!.melding.id).toBe(rows[0].id);
      expect(response.data!.melding.casus.tijdlijn.length).toBeGreaterThan(0);
      const werk = await api.gql<{ werkvoorraad: { edges: unknown[] } }>(`{ werkvoorraad(first: 50) { edges { node { soort } } } }`, {
        token,
      });
      expect(werk.data!.werkvoorraad.edges.length).toBeGreaterThan(0);
    });
  });
});
