import PDFDocument from 'pdfkit';
import { REGELS, datumVoluit, kolommen, maandKort, toon, toonBedrag } from './kwartaal.regels.js';
import type { Kwartaalrapportage } from './kwartaal.types.js';

const MARGE = 40;

/**
 * The kwartaalrapportage as a PDF a director signs (A4 landscape, Helvetica, Dutch): title,
 * region and period, the voorlopig marker, the tables, and the signature lines. Its creation date
 * is the period's last day, so the same report renders the same document.
 */
export function renderKwartaalPdf(r: Kwartaalrapportage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const titel = `Kwartaalrapportage Veilig Thuis ${r.regioNaam} ${r.periode}${r.voorlopig ? ' (voorlopig)' : ''}`;
    const datum = new Date(`${r.tot}T12:00:00Z`);
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: MARGE,
      info: { Title: titel, Author: `Veilig Thuis ${r.regioNaam}`, Creator: 'Veilig Thuis platform', CreationDate: datum, ModDate: datum },
    });
    const delen: Buffer[] = [];
    doc.on('data', (deel: Buffer) => delen.push(deel));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
    const breedte = doc.page.width - 2 * MARGE;

    /** A table with a first column of labels; starts a new page when a row would not fit. */
    const tabel = (koppen: string[], rijen: { cellen: string[]; vet?: boolean }[], eersteBreedte = 210) => {
      const rest = (breedte - eersteBreedte) / Math.max(1, koppen.length - 1);
      const breedtes = koppen.map((_, i) => (i === 0 ? eersteBreedte : rest));
      const rij = (cellen: string[], vet: boolean) => {
        // A bold row (a heading inside the table) keeps the row after it on its page.
        if (doc.y + (vet ? 28 : 14) > doc.page.height - MARGE) doc.addPage();
        const y = doc.y;
        let x = MARGE;
        doc.font(vet ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
        cellen.forEach((cel, i) => {
          doc.text(cel, x + 2, y, { width: breedtes[i]! - 4, align: i === 0 ? 'left' : 'right', lineBreak: false });
          x += breedtes[i]!;
        });
        doc
          .moveTo(MARGE, y + 11)
          .lineTo(MARGE + breedte, y + 11)
          .lineWidth(0.3)
          .strokeColor('#bbbbbb')
          .stroke();
        doc.x = MARGE;
        doc.y = y + 13;
      };
      rij(koppen, true);
      for (const r of rijen) rij(r.cellen, r.vet ?? false);
      doc.moveDown(0.5);
    };
    const kop = (tekst: string) => {
      if (doc.y + 60 > doc.page.height - MARGE) doc.addPage();
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).fillColor('black').text(tekst, MARGE);
      doc.moveDown(0.2);
    };

    doc.font('Helvetica-Bold').fontSize(16).text(`Kwartaalrapportage Veilig Thuis ${r.regioNaam}`);
    doc.font('Helvetica').fontSize(10);
    doc.text(`Regio: ${r.regioCode} ${r.regioNaam}`);
    doc.text(`Periode: ${r.periode} (${datumVoluit(r.van)} tot en met ${datumVoluit(r.tot)})`);
    if (r.voorlopig) {
      doc
        .moveDown(0.3)
        .font('Helvetica-Bold')
        .fillColor('#b00000')
        .text('VOORLOPIG: de periode is nog niet afgesloten; de cijfers kunnen nog wijzigen.');
      doc.fillColor('black').font('Helvetica');
    }
    doc
      .moveDown(0.3)
      .fontSize(8)
      .text(
        'Berekend uit de registratie van de regio. Niet-unieke politiemeldingen tellen niet als melding. Wachtlijsten zijn de stand op de laatste dag van de maand.',
      );

    const cols = kolommen(r);
    kop('1. Volumes en doorlooptijden');
    tabel(
      ['', ...cols.map((c) => c.kop)],
      REGELS.map((regel) => ({
        cellen: [regel.label, ...cols.map((c) => (regel.kop ? '' : toon(regel.waarde(c.cijfers), regel.procent)))],
        vet: regel.kop,
      })),
    );

    kop('2. Begroting en realisatie');
    // Per month for a month or quarter; a year shows its totals (the XLSX has every month).
    const perMaand = r.soort !== 'JAAR';
    tabel(
      ['Product', ...(perMaand ? r.maanden.map((mc) => `Begroot ${maandKort(mc.maand)}`) : []), 'Begroot', 'Gerealiseerd', 'Realisatie'],
      r.begroting.map((b) => ({
        cellen: [
          b.omschrijving,
          ...(perMaand ? b.perMaand.map((p) => toon(p.begroot)) : []),
          toon(b.begroot),
          toon(b.gerealiseerd),
          toon(b.percentage, true),
        ],
      })),
    );
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(
        `Kosten ${r.kosten.jaar}: begroot ${toonBedrag(r.kosten.begroteKosten)}, gerealiseerd (jaarrekening) ${toonBedrag(r.kosten.gerealiseerdeKosten)}. ` +
          `Inkomsten: begroot ${toonBedrag(r.kosten.begroteInkomsten)}, gerealiseerd ${toonBedrag(r.kosten.gerealiseerdeInkomsten)}.`,
        MARGE,
      );

    kop('3. Adviezen en meldingen per gemeente');
    tabel(
      ['Gemeente', 'Inwoners', 'Peildatum', 'Adviezen', 'per 100.000', 'Meldingen', 'per 100.000', 'Zorgmeld. jeugd'],
      [...r.gemeenten, { ...r.regioTotaal, naam: `Totaal regio ${r.regioNaam}` }].map((g, i, alle) => ({
        cellen: [
          g.inRegio || !g.gemeenteCode ? g.naam : `${g.naam} (buiten regio)`,
          toon(g.inwoners),
          g.peildatum ?? '-',
          toon(g.adviezen),
          toon(g.adviezenPer100000),
          toon(g.meldingen),
          toon(g.meldingenPer100000),
          toon(g.zorgmeldingenJeugd),
        ],
        vet: i === alle.length - 1,
      })),
    );

    kop('4. Ziekteverzuim per team');
    if (r.ziekteverzuim.length) {
      tabel(
        ['Team', 'Maand', 'Verzuim'],
        r.ziekteverzuim.map((z) => ({ cellen: [z.team, z.maand, toon(z.percentage, true)] })),
      );
    } else {
      doc.font('Helvetica').fontSize(9).text('Geen ziekteverzuim vastgelegd voor deze periode.', MARGE);
    }

    if (doc.y + 110 > doc.page.height - MARGE) doc.addPage();
    kop('Vaststelling');
    doc.font('Helvetica').fontSize(10).text(`Aldus vastgesteld voor Veilig Thuis ${r.regioNaam}, periode ${r.periode}.`, MARGE);
    doc.moveDown(1.5);
    const y = doc.y;
    for (const [i, rol] of ['Directeur-bestuurder', 'Controller'].entries()) {
      const x = MARGE + i * 340;
      doc.text(rol, x, y);
      doc.text('Naam: ______________________________', x, y + 22);
      doc.text('Datum: _____________________________', x, y + 44);
      doc.text('Handtekening: ______________________', x, y + 66);
    }
    doc.end();
  });
}
