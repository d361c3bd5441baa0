import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { dashboardBundleDir } from '../gateway/dashboard/serve-dashboard';
import { repoRoot } from '../subgraphs/shared/paths';

/**
 * Bundles the dashboard (gateway/dashboard/app/) into dist/dashboard/: one minified script, the
 * page and its style, with nothing left to fetch from outside the hub. esbuild: a single binary
 * devDependency that bundles TypeScript for the browser in well under a second.
 */
export async function buildDashboard(outDir = dashboardBundleDir()): Promise<void> {
  const source = path.join(repoRoot(), 'gateway', 'dashboard', 'app');
  fs.mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(source, 'main.ts')],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'app.css']) fs.copyFileSync(path.join(source, file), path.join(outDir, file));
}

if (require.main === module) {
  buildDashboard().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
