/**
 * Debian's WebKitGTK (the engine family of iPhone Safari) through its WebDriver: Xvfb for a
 * display, WebKitWebDriver, and MiniBrowser in automation mode (../shared/engines.md).
 * Playwright's own WebKit cannot be downloaded here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Builder, type WebDriver } from 'selenium-webdriver';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';

export interface WebKit {
  driver: WebDriver;
  version: string;
  stop(): Promise<void>;
}

async function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.stdio[3]!.once('data', (data) => resolve(String(data).trim()));
  });
  return { process: xvfb, display: `:${display}` };
}

export async function startWebKit(port = Number(process.env.E2E_WEBKIT_PORT ?? 4445)): Promise<WebKit> {
  const xvfb = await startXvfb();
  const webDriver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: 'ignore' });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    // Without --automation the session hangs; browserName must be the name MiniBrowser reports.
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build();
  const version = String((await driver.getCapabilities()).get('browserVersion'));
  return {
    driver,
    version,
    stop: async () => {
      await driver.quit().catch(() => undefined);
      webDriver.kill();
      xvfb.process.kill();
    },
  };
}
