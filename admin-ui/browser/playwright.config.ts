// Browser tests of the admin UI against a running TargetBot (the e2e stack starts one and runs these through
// AdminUiBrowserIT). The machine's Chromium is driven; Playwright never downloads a browser of its own.
import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.TARGETBOT_URL;
if (!baseURL) {
  throw new Error('TARGETBOT_URL is not set: run the browser tests through AdminUiBrowserIT, or point it at a stack');
}

export default defineConfig({
  testDir: '.',
  // One stack and two cores: tests run one after another, and a test is never retried into passing.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['junit', { outputFile: '../target/browser-tests/results.xml' }]],
  outputDir: '../target/browser-tests/artifacts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // Without the networking flags Chromium keeps trying hosts this machine cannot reach.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1440, height: 900 } } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, defaultBrowserType: 'chromium' },
    },
  ],
});
