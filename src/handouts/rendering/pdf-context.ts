import type { Content, ContentStack } from 'pdfmake/interfaces.js';
import type { RenderableHandout } from '../handout-content.js';
import type { HandoutMessages } from './messages.js';
import { KEEP_TOGETHER, type Block } from './page-breaks.js';
import type { PrintScale } from './theme.js';

/** What every block of one render shares; `images` collects the pictures the document embeds. */
export interface PdfContext {
  handout: RenderableHandout;
  m: HandoutMessages;
  s: PrintScale;
  large: boolean;
  /** pdfmake's lineHeight for the handout's script, as a factor of the font's line box. */
  lineHeight: number;
  images: Record<string, string>;
  /** The blocks the page-break plan starts on a new page. */
  breaksBefore: ReadonlySet<string>;
}

/** Content, with the blocks in it that the page-break plan must keep together. */
export interface PlannedContent {
  content: Content;
  blocks: Block[];
}

/**
 * A KEEP_TOGETHER stack and its entry in the page-break plan.
 * @param gapAfter its bottom margin
 * @param parts blocks inside it to keep together when the whole does not fit on a page
 */
export function kept(
  ctx: PdfContext,
  id: string,
  stack: Content[],
  gapAfter: number,
  parts?: Block[],
): { node: ContentStack; block: Block } {
  // pdfmake reads a node's id (and passes it to pageBreakBefore); its types know it on text only.
  const node: ContentStack & { id: string } = { id, headlineLevel: KEEP_TOGETHER, stack };
  if (gapAfter) node.margin = [0, 0, 0, gapAfter];
  if (ctx.breaksBefore.has(id)) node.pageBreak = 'before';
  return { node, block: parts ? { id, gapAfter, parts } : { id, gapAfter } };
}
