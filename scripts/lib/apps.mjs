import { spawn } from 'node:child_process';
import { portAnswers } from './services.mjs';

/**
 * Starts the built apps as child processes and waits until each answers /health/ready.
 * apps: [{ name: 'api' | 'benchmark' | 'worker', port, env? }] (env: settings of that app only). onExit is called for an unexpected exit.
 */
export async function startApps(env, apps, children, onExit) {
  for (const app of apps) {
    if (await portAnswers('127.0.0.1', app.port)) {
      throw new Error(`Port ${app.port} for the ${app.name} is in use; stop what uses it or set ${app.name.toUpperCase()}_PORT.`);
    }
  }
  for (const app of apps) {
    const child = spawn(process.execPath, [`apps/${app.name}/dist/main.js`], {
      env: { ...process.env, ...env, ...app.env, PORT: String(app.port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code, signal) => onExit(app, code, signal));
    children.push(child);
  }
  for (const app of apps) {
    // Generous: three apps start at once, and a shared machine can be slow.
    const deadline = Date.now() + 90_000;
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${app.port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`The ${app.name} did not become ready within 90 s.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export function stopChildren(children) {
  return Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
}
