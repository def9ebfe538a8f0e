import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts source file under a folder (recursively), without tests. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

// The tables of intake and dossier: libs/casus writes them, through its services and functions.
const CASUS_TABELLEN = ['melding', 'melding_betrokkene', 'casus', 'casus_betrokkene', 'persoon', 'tijdlijn_gebeurtenis', 'advies'];
const tabel = `(?:${CASUS_TABELLEN.join('|')})`;
const SCHRIJFT = [
  new RegExp(`\\.(?:insertInto|updateTable|deleteFrom|mergeInto)\\(\\s*'${tabel}(?: as \\w+)?'`),
  new RegExp(`\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+${tabel}\\b`, 'i'),
];

/** A domain owns its tables: the process after the melding (libs/vervolg) changes casus's tables only by calling @vt/casus. */
describe('table ownership', () => {
  it("libs/vervolg writes none of casus's tables", () => {
    const overtredingen = sources('libs/vervolg/src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SCHRIJFT.some((patroon) => patroon.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(overtredingen).toEqual([]);
  });

  it('the patterns recognise a write to a casus table', () => {
    const geschreven = [`kysely(m).updateTable('melding')`, `.insertInto('tijdlijn_gebeurtenis')`, 'UPDATE casus SET status = 1'];
    for (const regel of geschreven) expect(SCHRIJFT.some((patroon) => patroon.test(regel))).toBe(true);
    expect(SCHRIJFT.some((patroon) => patroon.test(`.selectFrom('melding as m')`))).toBe(false);
  });
});
