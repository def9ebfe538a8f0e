// The demo computes the benchmark snapshots of the periods its data covers before it reports ready,
// so the dashboard shows figures at once (otherwise nothing is computed until the nightly run at 02:00).

const pad = (n) => String(n).padStart(2, '0');

/** A date (YYYY-MM-DD) `jaren` years (fractions allowed, as data:generate takes them) before `tot`. */
export function jarenVoor(tot, jaren) {
  const dagen = Math.round(jaren * 365.25);
  return new Date(Date.parse(`${tot}T12:00:00Z`) - dagen * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The benchmark periods (years, half years, quarters) that overlap the days from `van` to `tot`
 * (inclusive, YYYY-MM-DD), oldest first and per start date the longest first: what the loaded data can fill.
 */
export function benchmarkPerioden(van, tot) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(van) || !/^\d{4}-\d{2}-\d{2}$/.test(tot) || van > tot) throw new Error(`invalid range ${van} to ${tot}`);
  const perioden = [];
  for (let jaar = Number(van.slice(0, 4)); jaar <= Number(tot.slice(0, 4)); jaar++) {
    const delen = [
      [String(jaar), 1, 12],
      [`${jaar}-H1`, 1, 6],
      [`${jaar}-Q1`, 1, 3],
      [`${jaar}-Q2`, 4, 6],
      [`${jaar}-H2`, 7, 12],
      [`${jaar}-Q3`, 7, 9],
      [`${jaar}-Q4`, 10, 12],
    ];
    for (const [code, eerste, laatste] of delen) {
      const begin = `${jaar}-${pad(eerste)}-01`;
      const einde = new Date(Date.UTC(jaar, laatste, 0)).toISOString().slice(0, 10);
      if (begin <= tot && einde >= van) perioden.push(code);
    }
  }
  return perioden;
}

async function gql(url, token, query, variables) {
  const res = await post(url, token, JSON.stringify({ query, variables }));
  const body = await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }));
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

/**
 * POST with a few retries on network errors only (a loaded machine can drop the first connection to
 * a freshly started api); the queries sent here are idempotent enough to repeat: a recomputation
 * request queued twice computes the same snapshot twice, never a different one.
 */
async function post(url, token, body, pogingen = 4) {
  for (let poging = 1; ; poging++) {
    try {
      return await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    } catch (error) {
      if (poging >= pogingen) {
        const oorzaak = error?.cause?.code ?? error?.cause?.message;
        throw new Error(`${error.message}${oorzaak ? ` (${oorzaak})` : ''} calling ${url}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * poging));
    }
  }
}

/**
 * Queues the recomputation of each period for every participating region (as a landelijk-analist,
 * through the api's herberekenBenchmark) and waits until the worker has computed them all,
 * printing the progress. Returns the number of failed region snapshots.
 */
export async function berekenBenchmarks({ apiUrl, token, perioden, log, timeoutMs = 30 * 60_000, pollMs = 1000 }) {
  const jobs = [];
  for (const periode of perioden) {
    const { herberekenBenchmark } = await gql(apiUrl, token, 'mutation($p: String!) { herberekenBenchmark(periode: $p) { id totaal } }', {
      p: periode,
    });
    jobs.push({ periode, id: herberekenBenchmark.id, klaar: false });
  }
  const deadline = Date.now() + timeoutMs;
  let mislukt = 0;
  let vorige = '';
  while (jobs.some((j) => !j.klaar)) {
    let verwerkt = 0;
    let totaal = 0;
    for (const job of jobs) {
      const { benchmarkJob } = await gql(
        apiUrl,
        token,
        'query($id: ID!) { benchmarkJob(id: $id) { status totaal verwerkt mislukt fouten } }',
        { id: job.id },
      );
      if (!benchmarkJob) throw new Error(`benchmark job of ${job.periode} is gone`);
      verwerkt += benchmarkJob.verwerkt + benchmarkJob.mislukt;
      totaal += benchmarkJob.totaal;
      if (!job.klaar && (benchmarkJob.status === 'COMPLETED' || benchmarkJob.status === 'FAILED')) {
        job.klaar = true;
        mislukt += benchmarkJob.mislukt;
        for (const fout of benchmarkJob.fouten) log(`  ${job.periode}: ${fout}`);
      }
    }
    const regel = `  benchmark: ${jobs.filter((j) => j.klaar).length}/${jobs.length} periods, ${verwerkt}/${totaal} region snapshots`;
    if (regel !== vorige) log(regel);
    vorige = regel;
    if (jobs.every((j) => j.klaar)) break;
    if (Date.now() > deadline) throw new Error(`the benchmark snapshots were not computed within ${Math.round(timeoutMs / 60000)} minutes`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return mislukt;
}
