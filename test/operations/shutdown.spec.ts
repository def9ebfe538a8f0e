import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { tokenFor } from '../support/tokens.js';
import { freePort } from '../support/net.js';

/** SIGTERM: requests already in flight complete, then the process closes its pools and exits 0. */
describe('graceful shutdown of the api process', () => {
  it('answers a request in flight and exits cleanly', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    try {
      const base = `http://127.0.0.1:${port}`;
      // Start-up takes seconds on a loaded 2-core CI machine: wait up to 40 s, and say so when it is not ready.
      let ready = false;
      for (let i = 0; i < 400 && !ready; i++) {
        ready = await fetch(`${base}/health/ready`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(ready).toBe(true);
      const token = await tokenFor({ tenant: 'VT18' });
      // A request whose body is still arriving when SIGTERM comes is truly in flight.
      const body = JSON.stringify({ query: '{ mijnOrganisatie { code gemeenten { naam inwoners } } }' });
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          `${base}/graphql`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => {
          child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(10)), 300);
        }, 200);
      });
      const { status, body: text } = await answer;
      expect(status).toBe(200);
      expect(JSON.parse(text)).toMatchObject({ data: { mijnOrganisatie: { code: 'VT18' } } });
      // Nest re-raises the signal after a clean close, so the process ends by SIGTERM, not by a crash.
      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
      await expect(fetch(`${base}/health/live`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
