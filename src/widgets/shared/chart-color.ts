// Stands in for @kurkle/color inside chart.js on the site (astro.config.mjs
// resolves the package here). chart.js 4.6 computes colours in two places
// only: hover tints (getHoverColor: new Color(c).saturate(0.5).darken(0.1)
// .hexString(), resolved when an element goes 'active', i.e. on pointer
// hover or setActiveElements) and colour animations (interpolators.color:
// mix + hexString). Our charts run neither: chart-registry.ts turns
// animation off for every chart, and the widgets' charts take no pointer
// events (`events: []`) and register no tooltip. So colours pass through
// untouched, which saves the colour parser and HSL arithmetic on every page
// with a chart. tests/unit/widgets/chart-color.test.ts builds each widget's
// charts with chart.js and the real @kurkle/color and fails if chart.js
// calls it; check chart.js's uses of Color (grep "Color" in
// node_modules/chart.js/dist) when upgrading it. A chart that wants hover
// styles or colour animations needs the real package back.

export class Color {
  /** The colour as given, unparsed. */
  _c: unknown;

  constructor(input: unknown) {
    this._c = input;
  }

  get valid(): boolean {
    return true;
  }

  hexString(): unknown {
    return this._c;
  }

  mix(): this {
    return this;
  }

  darken(): this {
    return this;
  }

  saturate(): this {
    return this;
  }
}
