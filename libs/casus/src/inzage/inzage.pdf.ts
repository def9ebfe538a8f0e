import PDFDocument from 'pdfkit';

/** The content of an inzage: what the JSON holds and the PDF shows. Everything in it is already redacted. */
export interface InzageInhoud {
  gemaaktOp: string;
  gemaaktDoor: string;
  toelichting: string;
  persoon: {
    naam: string;
    geboortedatum: string | null;
    bsn: string | null;
    geslacht: string | null;
    woonplaats: string | null;
    gemeenteCode: string | null;
    telefoon: string | null;
    email: string | null;
  };
  meldingen: {
    nummer: string;
    ontvangstdatum: string;
    classificatie: string | null;
    fase: string;
    eigenRol: string;
    betrokkenheidBeeindigd: boolean;
    samenvatting: string | null;
    afwegingToelichting: string | null;
    melder: { naam: string; functie: string | null; organisatie: string } | null;
    melderAfgeschermd: boolean;
    andereBetrokkenen: string[];
  }[];
  casussen: { nummer: string; status: string; betrokkeneSinds: string; betrokkenheidBeeindigd: boolean; andereBetrokkenen: string[] }[];
  journaal: { soort: string; contactOp: string; tekst: string; auteur: string; correctieReden: string | null }[];
  documenten: { titel: string; soort: string; datum: string; status: string }[];
  wijzigingen: { op: string; over: string; veld: string; oud: unknown; nieuw: unknown; reden: string | null; door: string }[];
}

const toon = (v: unknown): string => (v === null || v === undefined ? '-' : typeof v === 'string' ? v : JSON.stringify(v));

/** Renders an inzage as PDF (A4, Helvetica): the person, then one section per kind of data. */
export function renderInzage(inhoud: InzageInhoud, auteur: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const titel = 'Inzage en afschrift';
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: titel, Author: auteur, Creator: 'Veilig Thuis platform' } });
    const delen: Buffer[] = [];
    doc.on('data', (deel: Buffer) => delen.push(deel));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
    const kop = (tekst: string) => {
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(12).text(tekst);
      doc.font('Helvetica').fontSize(10);
    };
    const regel = (label: string, waarde: unknown) => doc.text(`${label}: ${toon(waarde)}`);

    doc.font('Helvetica-Bold').fontSize(14).text(titel);
    doc.font('Helvetica').fontSize(9).text(`Gemaakt op ${inhoud.gemaaktOp} door ${inhoud.gemaaktDoor}`);
    doc.moveDown(0.5).text(inhoud.toelichting);

    kop('Persoonsgegevens');
    const p = inhoud.persoon;
    regel('Naam', p.naam);
    regel('Geboortedatum', p.geboortedatum);
    regel('BSN', p.bsn);
    regel('Geslacht', p.geslacht);
    regel('Woonplaats', p.woonplaats);
    regel('Gemeente', p.gemeenteCode);
    regel('Telefoon', p.telefoon);
    regel('E-mail', p.email);

    kop(`Meldingen (${inhoud.meldingen.length})`);
    for (const md of inhoud.meldingen) {
      doc.moveDown(0.5).font('Helvetica-Bold').text(`Melding ${md.nummer} (${md.ontvangstdatum})`).font('Helvetica');
      regel('Eigen rol', md.eigenRol + (md.betrokkenheidBeeindigd ? ' (beëindigd)' : ''));
      regel('Fase', md.fase);
      regel('Classificatie', md.classificatie);
      regel('Melder', md.melder ? [md.melder.naam, md.melder.functie, md.melder.organisatie].filter(Boolean).join(', ') : 'afgeschermd');
      regel('Andere betrokkenen', md.andereBetrokkenen.join(', ') || '-');
      if (md.samenvatting) regel('Samenvatting', md.samenvatting);
      if (md.afwegingToelichting) regel('Toelichting afweging', md.afwegingToelichting);
    }

    kop(`Casussen (${inhoud.casussen.length})`);
    for (const c of inhoud.casussen) {
      regel(`Casus ${c.nummer}`, `${c.status}, betrokken sinds ${c.betrokkeneSinds}${c.betrokkenheidBeeindigd ? ' (beëindigd)' : ''}`);
      regel('Andere betrokkenen', c.andereBetrokkenen.join(', ') || '-');
    }

    kop(`Journaal (${inhoud.journaal.length})`);
    for (const j of inhoud.journaal) {
      doc.moveDown(0.5).font('Helvetica-Bold').text(`${j.contactOp} - ${j.soort} (${j.auteur})`).font('Helvetica');
      doc.text(j.tekst);
      if (j.correctieReden) regel('Gecorrigeerd', j.correctieReden);
    }

    kop(`Documenten (${inhoud.documenten.length})`);
    for (const d of inhoud.documenten) doc.text(`${d.datum} - ${d.soort} - ${d.titel} (${d.status})`);

    kop(`Wijzigingen (${inhoud.wijzigingen.length})`);
    for (const w of inhoud.wijzigingen) {
      doc.text(`${w.op} - ${w.over}.${w.veld}: ${toon(w.oud)} -> ${toon(w.nieuw)} (${w.door}${w.reden ? `: ${w.reden}` : ''})`);
    }
    doc.end();
  });
}
