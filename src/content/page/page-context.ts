/**
 * Whether this frame's page is about China, as the scan learns it: the
 * title, language and host at the start, then each block's text until the
 * verdict is yes (src/core/china-context.ts decides). Generic terms wait
 * for a yes; the verdict never goes back to no for the same page.
 */
import {
  addEvidence,
  judgeChinaContext,
  NO_EVIDENCE,
  textEvidence,
  type ContextVerdict,
  type PageSignals,
  type TextEvidence,
} from '../../core/china-context';

/** What the document says of itself: no layout, no style read. */
export function readPageSignals(doc: Document): PageSignals {
  const meta = (property: string): string => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
  return {
    host: doc.location?.hostname ?? '',
    lang: doc.documentElement.lang,
    title: [doc.title, meta('og:title'), meta('og:site_name')].join(' · ').slice(0, 2000),
  };
}

export class PageContext {
  private evidence: TextEvidence = NO_EVIDENCE;
  private forced = false;
  private current: ContextVerdict;

  constructor(private readonly signals: PageSignals) {
    this.current = judgeChinaContext(signals);
  }

  get verdict(): ContextVerdict {
    return this.current;
  }

  get aboutChina(): boolean {
    return this.current.aboutChina;
  }

  /** One block's text and how many specific terms it holds; true when this made the page about China. */
  read(text: string, specific: number): boolean {
    if (this.current.aboutChina) return false;
    this.evidence = addEvidence(this.evidence, textEvidence(text, specific));
    return this.judge();
  }

  /** The reader's "mark them anyway" for this page; true when that changed the verdict. */
  force(): boolean {
    this.forced = true;
    return this.judge();
  }

  private judge(): boolean {
    const before = this.current.aboutChina;
    this.current = judgeChinaContext(this.signals, this.evidence, this.forced);
    return !before && this.current.aboutChina;
  }
}
