// Bundles the Electron main process and preload script. Packages stay external (they ship in the app's
// node_modules; sqlite3 and resvg are native addons), so only our own code is bundled.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, packages: 'external' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
// A sandboxed preload cannot require packages: everything but electron is bundled into it.
await build({ ...common, packages: undefined, external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });
console.log('Built dist-electron/main.cjs and dist-electron/preload.cjs');
