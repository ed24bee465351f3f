// Bundles the Electron main process and preload script. Packages stay external (they ship in the app's
// node_modules; sqlite3 and resvg are native addons), so only our own code is bundled.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, packages: 'external' };
// The import parses spreadsheets on a worker thread: its own bundle, named to the main bundle by a define.
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', define: { __WORKBOOK_WORKER__: '"workbook-worker.cjs"' } });
await build({ ...common, entryPoints: ['electron/import/workbook-worker.ts'], outfile: 'dist-electron/workbook-worker.cjs' });
// A sandboxed preload cannot require packages: everything but electron is bundled into it.
await build({ ...common, packages: undefined, external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });
console.log('Built dist-electron/main.cjs, workbook-worker.cjs and preload.cjs');
