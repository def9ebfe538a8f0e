import PDFDocument from 'pdfkit';

/** Renders a letter as PDF (A4, Helvetica): a title, then the text as paragraphs. Returns the whole file (letters are small). */
export function renderBrief(titel: string, tekst: string, auteur: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: titel, Author: auteur, Creator: 'Veilig Thuis platform' } });
    const delen: Buffer[] = [];
    doc.on('data', (deel: Buffer) => delen.push(deel));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(14).text(titel);
    doc.moveDown();
    doc.font('Helvetica').fontSize(11);
    for (const alinea of tekst.split(/\n\s*\n/)) {
      doc.text(alinea.trim(), { align: 'left' });
      doc.moveDown();
    }
    doc.end();
  });
}
