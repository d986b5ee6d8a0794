// Reads the model off the main thread. The bytes arrive transferred and are
// kept here: weight histograms read them later through tensorBytes, which
// hands out views, never copies. Everything worded here comes in the
// language the page asks for; the worker carries every language, so the
// page's own JavaScript carries none of this prose.
import { inspectModel, isFormatError, printInputDetails, printOutputDetails, type InspectedModel } from '../../lib/formats/index.ts';
import { analysisEn, evidenceText, warningText, type AnalysisWords } from '../../lib/formats/analysis-messages.ts';
import { analysisZh } from '../../lib/formats/analysis-messages.zh.ts';
import { formatErrorText, formatMessagesEn, type FormatMessages } from '../../lib/formats/error-messages.ts';
import { formatMessagesZh } from '../../lib/formats/error-messages.zh.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { histogramText, scalesText } from './describe.ts';
import { axisDescription, dequantFormula, perAxisSummary, realRangeText } from './formula.ts';
import type { TensorReport, WorkerReply, WorkerRequest } from './protocol.ts';
import { reportEn, type ReportStrings } from './report-strings.ts';
import { reportZh } from './report-strings.zh.ts';
import { tensorStats, type TensorStats } from './tensor-stats.ts';
import { verdictFor, warningLesson } from './verdict.ts';

interface Words {
  report: ReportStrings;
  analysis: AnalysisWords;
  errors: FormatMessages;
}
const WORDS: Record<Locale, Words> = {
  en: { report: reportEn, analysis: analysisEn, errors: formatMessagesEn },
  zh: { report: reportZh, analysis: analysisZh, errors: formatMessagesZh },
};
const wordsFor = (lang: Locale): Words => WORDS[lang] ?? WORDS.en;

let model: InspectedModel | null = null;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  const w = wordsFor(req.lang);
  if (req.type === 'open') {
    model = null;
    const t0 = performance.now();
    try {
      const m = inspectModel(new Uint8Array(req.buffer), { fileName: req.fileName });
      const s = m.summary;
      const opened = {
        summary: s,
        inputDetails: printInputDetails(s),
        outputDetails: printOutputDetails(s),
        parseMs: 0,
        verdict: verdictFor(s.flavour.flavour, w.report),
        evidence: s.flavour.facts ? s.flavour.facts.map((f) => evidenceText(f, w.analysis)) : [...s.flavour.evidence],
        warnings: s.warnings.map((x) => (x.detail ? warningText(x.detail, w.analysis) : x.message)),
        warningLessons: s.warnings.map((x) => warningLesson(x.code)),
        ranges: s.tensors.map((t) => realRangeText(t, w.report)),
      };
      opened.parseMs = performance.now() - t0;
      model = m;
      reply({ id: req.id, type: 'opened', opened });
    } catch (e) {
      // A FormatError is the reader's verdict on the file; anything else is our bug, said plainly.
      if (isFormatError(e)) reply({ id: req.id, type: 'error', message: e.detail ? formatErrorText(e.detail, w.errors) : e.message, code: e.code });
      else reply({ id: req.id, type: 'error', message: fmt(w.report.internalError, { detail: e instanceof Error ? e.message : String(e) }), code: null });
    }
    return;
  }
  const t = model?.summary.tensors[req.position];
  reply({ id: req.id, type: 'tensor', report: model && t ? report(model, req.position, w.report) : null });
};

function report(m: InspectedModel, position: number, w: ReportStrings): TensorReport {
  const t = m.summary.tensors[position];
  let stats: TensorStats | null = null;
  let reason: string | null = null;
  if (t.externalData) reason = fmt(w.reasons.external, { location: t.externalData.location });
  else if (!t.isConstant || t.byteSize === 0) reason = w.reasons.computed;
  else {
    const bytes = m.tensorBytes(position);
    try {
      const r = bytes ? tensorStats(position, t, bytes, 40, w) : { error: w.reasons.notStored };
      if ('error' in r) reason = r.error;
      else stats = r;
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
  }
  return {
    position,
    formula: dequantFormula(t, 4, w),
    axis: axisDescription(t, w),
    perAxis: perAxisSummary(t, w),
    range: realRangeText(t, w),
    stats,
    reason,
    scales: scalesText(t, stats, w),
    histogram: stats ? histogramText(t, stats, w) : null,
  };
}
