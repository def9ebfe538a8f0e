import { begrensdeLijst, validatie } from '@vt/platform';

/** Input of the capacity and cost model (domain brief §6). Codes are free text. */
export interface BerekeningInvoer {
  productieveUrenPerFte: number;
  producten: { code: string; volume: number }[];
  normtijden: { product: string; functie: string; uren: number; inzetPercentage?: number | null }[];
  vasteUren?: { functie: string; uren: number }[] | null;
  vasteFormatie?: { functie: string; fte: number }[] | null;
  loonkosten?: { functie: string; bedragPerFte: number }[] | null;
  indirecteKosten?: number | null;
}

export interface BerekeningUitkomst {
  totaalUren: number;
  totaalFte: number;
  functies: { functie: string; uren: number; fte: number; kosten: number }[];
  producten: { product: string; volume: number; uren: number; kosten: number; kostenPerStuk: number | null }[];
  directeKosten: number;
  totaleKosten: number;
}

/** Largest accepted input value: far above any region's volume, hours or euros, small enough that products stay finite. */
const MAXIMUM = 1e9;

function eindig(field: string, value: number, { min = 0, strictMin = false, max = MAXIMUM } = {}): number {
  if (!Number.isFinite(value)) throw validatie(field, 'must be a finite number');
  if (value > max) throw validatie(field, `must be at most ${max}`);
  if (strictMin ? value <= min : value < min)
    throw validatie(field, strictMin ? `must be greater than ${min}` : min === 0 ? 'must not be negative' : `must be at least ${min}`);
  return value;
}

function code(field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > 100) throw validatie(field, 'must be 1 to 100 characters');
  return trimmed;
}

/**
 * uren[f,p] = volume[p] × normtijd[f,p] × inzet%[f,p]; fte[f] = (Σp uren[f,p] + vaste uren[f]) /
 * productieve uren + vaste fte[f]; kosten[f] = fte[f] × loonkosten[f]. Unrounded: rounding is
 * presentation. A product's cost is the salary cost of the hours spent on it.
 */
export function berekenFormatie(invoer: BerekeningInvoer): BerekeningUitkomst {
  // Sizes first, so an oversized input costs nothing (limits documented on FormatieberekeningInput).
  begrensdeLijst('producten', invoer.producten, 100);
  begrensdeLijst('normtijden', invoer.normtijden, 2000);
  begrensdeLijst('vasteUren', invoer.vasteUren, 100);
  begrensdeLijst('vasteFormatie', invoer.vasteFormatie, 100);
  begrensdeLijst('loonkosten', invoer.loonkosten, 100);
  const productief = eindig('productieveUrenPerFte', invoer.productieveUrenPerFte, { min: 1, max: 8784 });
  const volumes = new Map<string, number>();
  invoer.producten.forEach((p, i) => {
    const c = code(`producten[${i}].code`, p.code);
    if (volumes.has(c)) throw validatie(`producten[${i}].code`, `product ${c} is listed twice`);
    volumes.set(c, eindig(`producten[${i}].volume`, p.volume));
  });
  const loon = new Map<string, number>();
  (invoer.loonkosten ?? []).forEach((l, i) => {
    const f = code(`loonkosten[${i}].functie`, l.functie);
    if (loon.has(f)) throw validatie(`loonkosten[${i}].functie`, `functie ${f} is listed twice`);
    loon.set(f, eindig(`loonkosten[${i}].bedragPerFte`, l.bedragPerFte));
  });

  const urenPerFunctie = new Map<string, number>();
  const urenPerProduct = new Map<string, number>([...volumes.keys()].map((p) => [p, 0]));
  const kostenPerProduct = new Map<string, number>([...volumes.keys()].map((p) => [p, 0]));
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);

  invoer.normtijden.forEach((n, i) => {
    const product = code(`normtijden[${i}].product`, n.product);
    const functie = code(`normtijden[${i}].functie`, n.functie);
    const volume = volumes.get(product);
    if (volume === undefined) throw validatie(`normtijden[${i}].product`, `unknown product ${product}: list it in producten`);
    const uren = eindig(`normtijden[${i}].uren`, n.uren);
    const inzet = n.inzetPercentage ?? 100;
    if (!Number.isFinite(inzet) || inzet < 0 || inzet > 100)
      throw validatie(`normtijden[${i}].inzetPercentage`, 'must be between 0 and 100');
    const totaal = volume * uren * (inzet / 100);
    add(urenPerFunctie, functie, totaal);
    add(urenPerProduct, product, totaal);
    add(kostenPerProduct, product, (totaal / productief) * (loon.get(functie) ?? 0));
  });
  (invoer.vasteUren ?? []).forEach((v, i) =>
    add(urenPerFunctie, code(`vasteUren[${i}].functie`, v.functie), eindig(`vasteUren[${i}].uren`, v.uren)),
  );
  const vasteFte = new Map<string, number>();
  (invoer.vasteFormatie ?? []).forEach((v, i) => {
    const functie = code(`vasteFormatie[${i}].functie`, v.functie);
    add(vasteFte, functie, eindig(`vasteFormatie[${i}].fte`, v.fte));
    if (!urenPerFunctie.has(functie)) urenPerFunctie.set(functie, 0);
  });
  const indirect = eindig('indirecteKosten', invoer.indirecteKosten ?? 0);

  const functies = [...urenPerFunctie.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([functie, uren]) => {
      const fte = uren / productief + (vasteFte.get(functie) ?? 0);
      return { functie, uren, fte, kosten: fte * (loon.get(functie) ?? 0) };
    });
  const producten = [...volumes.entries()].map(([product, volume]) => {
    const kosten = kostenPerProduct.get(product)!;
    return { product, volume, uren: urenPerProduct.get(product)!, kosten, kostenPerStuk: volume > 0 ? kosten / volume : null };
  });
  const directeKosten = functies.reduce((sum, f) => sum + f.kosten, 0);
  // Bounded inputs keep this finite; the check guards the output (Float cannot carry Infinity).
  if (!Number.isFinite(directeKosten + indirect) || !functies.every((f) => Number.isFinite(f.uren) && Number.isFinite(f.fte))) {
    throw validatie('producten', 'the result is too large: check the volumes, norm times and amounts');
  }
  return {
    totaalUren: functies.reduce((sum, f) => sum + f.uren, 0),
    totaalFte: functies.reduce((sum, f) => sum + f.fte, 0),
    functies,
    producten,
    directeKosten,
    totaleKosten: directeKosten + indirect,
  };
}
