/** HTML of the development IdP's pages: Dutch, labelled, and marked as development-only on every page. */

const STIJL = `body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
.ontwikkeling{border:3px solid #b35900;background:#fff4e5;padding:.75rem 1rem;margin-bottom:1.5rem}
label{display:block;font-weight:600;margin-top:1rem}input{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box;border:2px solid #555}
input:focus,button:focus{outline:3px solid #0b5ed7;outline-offset:2px}
button{margin-top:1.25rem;font-size:1rem;padding:.6rem 1.2rem;background:#01689b;color:#fff;border:0;cursor:pointer}
button.secundair{background:#fff;color:#01689b;border:2px solid #01689b;margin-left:.5rem}
.fout{border-left:5px solid #d52b1e;background:#fdecea;padding:.5rem 1rem}table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left}`;

/** Escapes text for HTML content and attribute values. */
export function html(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A whole page; `inhoud` is trusted HTML (escape values with html()). */
export function pagina(titel: string, inhoud: string): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(titel)} – ontwikkel-IdP Veilig Thuis</title>
<style>${STIJL}</style>
</head>
<body>
<main>
<p class="ontwikkeling" role="note"><strong>Alleen voor ontwikkeling.</strong> Dit is de ontwikkel-identiteitsprovider van het Veilig Thuis-platform: alle accounts hebben hetzelfde bekende wachtwoord. Gebruik hem nooit met echte gegevens.</p>
<h1>${html(titel)}</h1>
${inhoud}
</main>
</body>
</html>`;
}

/** The login form of an interaction; `fout` is shown (and announced) after a failed attempt. */
export function inlogPagina(actie: string, opties: { gebruikersnaam?: string; fout?: string; clientNaam?: string }): string {
  const fout = opties.fout ? `<div class="fout" role="alert" id="fout"><p>${html(opties.fout)}</p></div>` : '';
  const describedBy = opties.fout ? ' aria-describedby="fout"' : '';
  return pagina(
    'Inloggen',
    `<p>Log in bij ${html(opties.clientNaam ?? 'het Veilig Thuis-portaal')} met een ontwikkelaccount, bijvoorbeeld <code>vt18-teammanager</code> of <code>landelijk-analist</code>.</p>
${fout}
<form method="post" action="${html(actie)}" novalidate>
<label for="gebruikersnaam">Gebruikersnaam</label>
<input id="gebruikersnaam" name="gebruikersnaam" autocomplete="username" required autofocus value="${html(opties.gebruikersnaam ?? '')}"${describedBy}>
<label for="wachtwoord">Wachtwoord</label>
<input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required${describedBy}>
<button type="submit">Inloggen</button>
</form>`,
  );
}
