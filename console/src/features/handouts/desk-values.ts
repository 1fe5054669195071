import type { IssueHandoutInput, Locale, PaperSize, ReissueHandoutInput } from '../../gql/graphql';
import { type ProgramItemValue, toProgramItemInput } from '../programs/items';

/** Everything the desk's form holds before issuing. */
export interface DeskValues {
  templateId: string | null;
  title: string;
  patientName: string;
  clinicianId: string | null;
  /** YYYY-MM-DD, as the API takes it. */
  issuedOn: string;
  locale: Locale;
  largePrint: boolean;
  /** Null: the clinic's paper (HANDOUT_PAPER_SIZE), or the previous version's on a reissue. */
  paperSize: PaperSize | null;
  linkExpiresInDays: number | null;
  items: ProgramItemValue[];
}

/** Today in the browser's calendar, YYYY-MM-DD: the date a clinic prints on the day it issues. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function emptyDesk(): DeskValues {
  return {
    templateId: null,
    title: '',
    patientName: '',
    clinicianId: null,
    issuedOn: today(),
    locale: 'EN',
    largePrint: false,
    paperSize: null,
    linkExpiresInDays: null,
    items: [],
  };
}

/** Fields left empty are left out, so the API's defaults (title, link expiry) apply. */
export function issueInput(v: DeskValues): IssueHandoutInput {
  return {
    patientName: v.patientName,
    templateId: v.templateId ?? undefined,
    title: v.title.trim() || undefined,
    clinicianId: v.clinicianId ?? undefined,
    issuedOn: v.issuedOn || undefined,
    locale: v.locale,
    largePrint: v.largePrint,
    paperSize: v.paperSize ?? undefined,
    linkExpiresInDays: v.linkExpiresInDays ?? undefined,
    // With a template, the items as edited here replace the template's (items win).
    items: v.items.map(toProgramItemInput),
  };
}

export function reissueInput(id: string, v: DeskValues): ReissueHandoutInput {
  return {
    id,
    patientName: v.patientName,
    title: v.title.trim() || undefined,
    clinicianId: v.clinicianId ?? undefined,
    issuedOn: v.issuedOn || undefined,
    locale: v.locale,
    largePrint: v.largePrint,
    paperSize: v.paperSize ?? undefined,
    linkExpiresInDays: v.linkExpiresInDays ?? undefined,
    items: v.items.map(toProgramItemInput),
  };
}
