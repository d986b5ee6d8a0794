// A Vite plugin for the site's browser build: drops the parts of chart.js
// that only animations run. chart-registry.ts turns animation off for every
// chart on the site (tests/unit/widgets/chart-color.test.ts checks that no
// widget turns it back on), and then chart.js never builds an Animation:
// DatasetController._resolveAnimations passes no config to Animations when
// `options.animation === false`, and an Animations with no properties
// assigns new values directly. What goes:
// - the table of 31 easing functions (kept: linear, the fallback), which
//   rides along because Animation looks easings up by name;
// - the Animation class and its value interpolators (number, boolean, colour
//   mixes), replaced by a class that throws if anything ever builds one.
// - the interaction modes (nearest, index, point…) that find the elements
//   under a pointer: chart-registry.ts sets `events: []` for every chart, so
//   no pointer event ever reaches them, and an unknown mode finds nothing;
// - the point styles other than the default circle (triangle, star, cross…),
//   which no widget uses;
// - curved lines (bezier and monotone splines): every line is straight or
//   stepped (tension 0, chart.js's default for line charts), and a stub
//   throws if a chart ever asks for a curve;
// - LineElement.interpolate, which only the Filler and Tooltip plugins call
//   (neither is registered), with the segment and interpolation helpers
//   only it reaches.
// About 1.8 KB gzip on every page with a chart. If chart.js's source no
// longer matches, the build fails here rather than shipping the code or a
// broken chart.js.
import type { Plugin } from 'vite';

interface Cut {
  file: RegExp;
  what: string;
  find: RegExp;
  replace: string;
}

const CUTS: Cut[] = [
  {
    file: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chunks[\\/]index\.js$/,
    what: 'the easing table',
    find: /const effects = \{\n[\s\S]*?\n\};\n/,
    replace: 'const effects = {\n    linear: (t)=>t\n};\n',
  },
  {
    file: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/,
    what: 'the Animation class',
    find: /const transparent = 'transparent';\nconst interpolators = \{\n[\s\S]*?\n\};\nclass Animation \{\n[\s\S]*?\n\}\n(?=\nclass Animations \{)/,
    replace:
      "class Animation {\n    constructor(){\n        throw new Error('chart.js animations are not in this build (src/widgets/shared/chart-trim.ts)');\n    }\n}\n",
  },
  {
    file: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/,
    what: 'the interaction modes',
    find: / var Interaction = \{\n    evaluateInteractionItems,\n    modes: \{\n[\s\S]*?\n    \}\n\};\n/,
    replace: ' var Interaction = {\n    evaluateInteractionItems,\n    modes: {}\n};\n',
  },
  {
    file: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chunks[\\/]index\.js$/,
    what: 'the point styles other than circle',
    find: /        case 'triangle':\n[\s\S]*?(?=        case false:\n)/,
    replace: '',
  },
  {
    file: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chunks[\\/]index\.js$/,
    what: 'the spline control points',
    find: / function _updateBezierControlPoints\(points, options, area, loop, indexAxis\) \{\n[\s\S]*?\n\}\n/,
    replace:
      " function _updateBezierControlPoints() {\n    throw new Error('curved lines are not in this build (src/widgets/shared/chart-trim.ts)');\n}\n",
  },
  {
    file: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/,
    what: 'LineElement.interpolate',
    find: / interpolate\(point, property\) \{\n        const options = this\.options;\n[\s\S]*?\n        return result\.length === 1 \? result\[0\] : result;\n    \}\n/,
    replace:
      " interpolate() {\n        throw new Error('line interpolation (Filler, Tooltip) is not in this build (src/widgets/shared/chart-trim.ts)');\n    }\n",
  },
];

export function trimChartAnimation(): Plugin {
  return {
    name: 'zero-point:trim-chart-animation',
    apply: 'build',
    transform(code, id) {
      const cuts = CUTS.filter((c) => c.file.test(id.split('?')[0]));
      if (cuts.length === 0) return null;
      let out = code;
      for (const cut of cuts) {
        if (!cut.find.test(out)) {
          throw new Error(`trim-chart-animation: ${cut.what} was not found in ${id}; check src/widgets/shared/chart-trim.ts against this chart.js version.`);
        }
        out = out.replace(cut.find, cut.replace);
      }
      return { code: out, map: null };
    },
  };
}
