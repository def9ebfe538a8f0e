import ExcelJS from 'exceljs';
import { REGELS, datumVoluit, kolommen } from './kwartaal.regels.js';
import type { Kwartaalrapportage } from './kwartaal.types.js';

/**
 * The kwartaalrapportage as an XLSX workbook (Dutch): "Overzicht" (the main table as in the PDF),
 * "Begroting", "Gemeenten" and "Ziekteverzuim". Figures are numbers (percentages as numbers with
 * a % format), so a controller can compute with them. Creation dates are the period's last day.
 */
export async function renderKwartaalXlsx(r: Kwartaalrapportage): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const datum = new Date(`${r.tot}T12:00:00Z`);
  wb.creator = `Veilig Thuis ${r.regioNaam}`;
  wb.created = datum;
  wb.modified = datum;
  wb.title = `Kwartaalrapportage ${r.regioCode} ${r.periode}`;

  const overzicht = wb.addWorksheet('Overzicht');
  overzicht.addRow([`Kwartaalrapportage Veilig Thuis ${r.regioNaam}`]).font = { bold: true, size: 14 };
  overzicht.addRow(['Regio', `${r.regioCode} ${r.regioNaam}`]);
  overzicht.addRow(['Periode', `${r.periode} (${datumVoluit(r.van)} tot en met ${datumVoluit(r.tot)})`]);
  overzicht.addRow(['Status', r.voorlopig ? 'VOORLOPIG: de periode is nog niet afgesloten' : 'Definitief']);
  overzicht.addRow([]);
  const cols = kolommen(r);
  overzicht.addRow(['Cijfer', ...cols.map((c) => c.kop)]).font = { bold: true };
  for (const regel of REGELS) {
    const rij = overzicht.addRow([regel.label, ...cols.map((c) => (regel.kop ? null : regel.waarde(c.cijfers)))]);
    if (regel.kop) rij.font = { bold: true };
    if (regel.procent) rij.eachCell((cel, i) => i > 1 && (cel.numFmt = '0.0"%"'));
  }
  overzicht.getColumn(1).width = 40;

  const begroting = wb.addWorksheet('Begroting');
  begroting.addRow([
    'Product',
    ...r.maanden.map((mc) => `${mc.maand} begroot`),
    ...r.maanden.map((mc) => `${mc.maand} gerealiseerd`),
    'Begroot',
    'Gerealiseerd',
    'Realisatie %',
  ]).font = {
    bold: true,
  };
  for (const b of r.begroting) {
    begroting.addRow([
      b.omschrijving,
      ...b.perMaand.map((p) => p.begroot),
      ...b.perMaand.map((p) => p.gerealiseerd),
      b.begroot,
      b.gerealiseerd,
      b.percentage,
    ]);
  }
  begroting.addRow([]);
  begroting.addRow([`Kosten ${r.kosten.jaar}`, 'Begroot', 'Gerealiseerd (jaarrekening)']).font = { bold: true };
  begroting.addRow(['Kosten', r.kosten.begroteKosten, r.kosten.gerealiseerdeKosten]);
  begroting.addRow(['Inkomsten', r.kosten.begroteInkomsten, r.kosten.gerealiseerdeInkomsten]);
  begroting.getColumn(1).width = 36;

  const gemeenten = wb.addWorksheet('Gemeenten');
  gemeenten.addRow([
    'Gemeentecode',
    'Gemeente',
    'In regio',
    'Inwoners',
    'Peildatum',
    'Adviezen',
    'Adviezen per 100.000',
    'Meldingen',
    'Meldingen per 100.000',
    'Zorgmeldingen jeugd',
  ]).font = {
    bold: true,
  };
  for (const g of [...r.gemeenten, { ...r.regioTotaal, naam: `Totaal regio ${r.regioNaam}` }]) {
    gemeenten.addRow([
      g.gemeenteCode,
      g.naam,
      g.inRegio ? 'ja' : 'nee',
      g.inwoners,
      g.peildatum,
      g.adviezen,
      g.adviezenPer100000,
      g.meldingen,
      g.meldingenPer100000,
      g.zorgmeldingenJeugd,
    ]);
  }
  gemeenten.getColumn(2).width = 28;

  const verzuim = wb.addWorksheet('Ziekteverzuim');
  verzuim.addRow(['Maand', 'Team', 'Verzuim %']).font = { bold: true };
  for (const z of r.ziekteverzuim) verzuim.addRow([z.maand, z.team, z.percentage]);
  verzuim.getColumn(2).width = 28;

  return Buffer.from(await wb.xlsx.writeBuffer());
}
