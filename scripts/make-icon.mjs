// Renders build/icon.svg to build/icon.png (512×512), the icon electron-builder turns into the Windows
// .ico. Run after changing the SVG: npm run icon
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('build/icon.svg', 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 512 }, background: 'rgba(0,0,0,0)' }).render().asPng();
writeFileSync('build/icon.png', png);
console.log(`Wrote build/icon.png (${png.length} bytes)`);
