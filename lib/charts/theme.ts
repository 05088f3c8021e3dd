import { DEFAULT_ZONE } from "../time/defaultZone.js";
/** The kit's chart look: fonts, sizes, colours and the time zone that charts read dates in. */
export interface ChartTheme {
  /** CSS font stack of locally installed fonts, Hangul-capable; no web fonts, so reports stay offline. */
  readonly fontFamily: string;
  /** Font size of axis and legend text, in px. */
  readonly fontSize: number;
  /** Font size of the visible chart title, in px. */
  readonly titleFontSize: number;
  /** Default chart width, in px. */
  readonly width: number;
  /** Default chart height, in px. */
  readonly height: number;
  /** Default margins, in px; the left margin grows with long category labels in bar charts. */
  readonly marginTop: number;
  readonly marginRight: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  /** Class name Plot uses to scope its inline styles. */
  readonly className: string;
  /** Categorical palette: Okabe–Ito (Okabe & Ito 2008), ordered for contrast on white; yellow last. */
  readonly categorical: readonly string[];
  /** Colour of the violation class (Okabe–Ito vermillion). */
  readonly violationColor: string;
  /** Colour of the non-violation class (Okabe–Ito blue). */
  readonly nonViolationColor: string;
  /** Colour of target bands, rules and thresholds. */
  readonly targetColor: string;
  /** Plot scheme for sequential data such as heatmaps: viridis, perceptually uniform and colour-blind safe. */
  readonly sequentialScheme: string;
  /** IANA time zone in which charts place and label dates. */
  readonly timeZone: string;
  /** Locale for number and date labels; fixed so output does not depend on the machine. */
  readonly locale: string;
}

/**
 * The kit theme every chart helper and `renderPlot` apply.
 *
 * Defaults: system font stack at 12px (title 14px), 640×320 px, Okabe–Ito categorical palette,
 * viridis for sequential colour, dates in the default zone (`DEFAULT_ZONE`), labels in the `en-US` locale.
 * @example renderPlot({ title: "Flags", marks: [Plot.barY(rows, { x: "queue", y: "n", fill: theme.categorical[0] })] })
 */
export const theme: ChartTheme = Object.freeze({
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Helvetica Neue", Arial, sans-serif',
  fontSize: 12,
  titleFontSize: 14,
  width: 640,
  height: 320,
  marginTop: 24,
  marginRight: 24,
  marginBottom: 40,
  marginLeft: 56,
  className: "tns-plot",
  categorical: Object.freeze([
    "#0072B2", // blue
    "#E69F00", // orange
    "#009E73", // bluish green
    "#D55E00", // vermillion
    "#CC79A7", // reddish purple
    "#56B4E9", // sky blue
    "#000000", // black
    "#F0E442", // yellow: low contrast on white, so last
  ]),
  violationColor: "#D55E00",
  nonViolationColor: "#0072B2",
  targetColor: "#009E73",
  sequentialScheme: "viridis",
  timeZone: DEFAULT_ZONE,
  locale: "en-US",
});
