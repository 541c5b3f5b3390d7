/** Starts `vite preview` on a port of its own for the measuring scripts; resolves once it answers. */
import { spawn } from 'node:child_process';

/** `outDir`: another copy of the build to serve (default dist). */
export async function startPreview(port, outDir = 'dist') {
  const url = `http://127.0.0.1:${port}`;
  // A server left running there would answer for this one, and the figures be of another build.
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${port} is taken: stop what serves ${url} first.`);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, stop: () => process.kill(-server.pid) };
}
