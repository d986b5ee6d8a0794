// A Vite plugin for the site's browser build: chart.js's table of 31 easing
// functions shrinks to the one it falls back on (linear). Easing runs only
// inside animations, and chart-registry.ts turns animation off for every
// chart on the site (tests/unit/widgets/chart-color.test.ts checks each
// widget's charts); the table still rides along because chart.js's Animation
// class looks easings up by name. It is about 0.4 KB gzip on every page with
// a chart. If chart.js's source no longer matches, the build fails here
// rather than silently shipping the table or a broken chart.js.
import type { Plugin } from 'vite';

const CHUNK = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chunks[\\/]index\.js$/;
const TABLE = /const effects = \{\n[\s\S]*?\n\};\n/;

export function trimChartEasing(): Plugin {
  return {
    name: 'zero-point:trim-chart-easing',
    apply: 'build',
    transform(code, id) {
      if (!CHUNK.test(id.split('?')[0])) return null;
      if (!TABLE.test(code) || !code.includes('effects as e')) {
        throw new Error(`trim-chart-easing: chart.js's easing table was not found in ${id}; check src/widgets/shared/chart-trim.ts against this chart.js version.`);
      }
      return { code: code.replace(TABLE, 'const effects = {\n    linear: (t)=>t\n};\n'), map: null };
    },
  };
}
