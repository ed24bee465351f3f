import { Packer } from 'docx';
import { formatLongDate } from '../../shared/calendar';
import type { IsoDate } from '../../shared/calendar/types';
import { meetingKindLabels, responseOutcomeLabels, type ChairConcernState } from '../../shared/chair-concerns/engine';
import type { ChairConcernRoute } from '../../shared/profile/schema';
import { blank, heading, para, splitLine, labelled } from './builtin/blocks';
import { letterDocument } from './builtin/letterhead';
import { TOKEN } from './builtin/tokens';
import { buildEml, DOCX_MIME } from './eml';
import type { Letterhead } from './types';
import { readZip, writeZip } from './zip';

/**
 * The two letters of a concern about a chair (Slough, seeds/002: "The concerns will be investigated and a formal
 * response will be given to the agency raising the concern"): the acknowledgement, and the formal response with its
 * outcome and where the agency can go next. On the authority's letterhead (logo, protective marking, page numbers),
 * with real headings and en-GB language, like every other letter.
 */

export type ConcernLetterKind = 'acknowledgement' | 'response';

export interface ConcernLetterInput {
  document: ConcernLetterKind;
  state: ChairConcernState;
  route: ChairConcernRoute;
  letterhead: Letterhead;
  child: { name: string; caseId: string } | null;
  /** The manager signing it, and the date it is dated. */
  from: { name: string };
  date: IsoDate;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);

function meetingWords(s: ChairConcernState, child: ConcernLetterInput['child']): string {
  const what = meetingKindLabels[s.meeting.kind].toLowerCase();
  const when = s.meeting.date ? ` held on ${formatLongDate(s.meeting.date)}` : '';
  const whose = child ? ` for ${child.name}` : '';
  return `the ${what}${whose}${when}, chaired by ${s.aboutChair.name}`;
}

function bodyOf(input: ConcernLetterInput): { title: string; paragraphs: ReturnType<typeof para>[] } {
  const { state: s, route } = input;
  const stage = route.stages.find((x) => x.key === s.stageKey);
  const next = route.stages[s.stageIndex];
  const opening = [para(`Dear ${s.raisedBy.name},`, { after: 160 })];
  const sign = [para('Yours sincerely,', { before: 240, after: 480 }), para(input.from.name, { bold: true, after: 0 }), para(stage?.handledBy ?? s.handledBy), para(input.letterhead.authorityName)];
  if (input.document === 'acknowledgement') {
    const due = s.dueDate ? `You will receive a formal response by ${formatLongDate(s.dueDate)}.` : 'The concern will be looked into and you will receive a formal response.';
    return {
      title: 'Acknowledgement of your concern',
      paragraphs: [
        ...opening,
        para(`Thank you for raising your concern about ${meetingWords(s, input.child)}. We received it on ${formatLongDate(s.raisedOn)}.`),
        para(`It is being dealt with at this stage of our procedure: ${s.stageLabel}, by the ${stage?.handledBy ?? s.handledBy}. ${due}`),
        heading('Your concern as we understand it', { level: 2 }),
        para(s.summary),
        ...sign,
      ],
    };
  }
  const response = s.responses[s.responses.length - 1];
  if (!response) throw new Error('No formal response is recorded for this concern yet');
  const further = next ? `If you remain unsatisfied, the concern can be raised with the ${next.handledBy}. Please reply to this letter to ask for that.` : 'This is the last stage of our procedure for concerns about a chair or the reviewing service.';
  return {
    title: 'Formal response to your concern',
    paragraphs: [
      ...opening,
      para(`You raised a concern on ${formatLongDate(s.raisedOn)} about ${meetingWords(s, input.child)}. It has been investigated at this stage of our procedure: ${s.stageLabel}.`),
      heading('Your concern', { level: 2 }),
      para(s.summary),
      heading('Outcome', { level: 2 }),
      para(`${responseOutcomeLabels[response.outcome]} (${formatLongDate(response.on)}).`, { bold: true }),
      heading('Our response', { level: 2 }),
      para(response.summary),
      heading('If you are not satisfied', { level: 2 }),
      para(further),
      ...sign,
    ],
  };
}

/** The letter as .docx bytes, its file name and the email draft (.eml) that carries it to the agency. */
export async function concernLetter(input: ConcernLetterInput): Promise<{ title: string; fileName: string; bytes: Buffer; eml: string; emlName: string }> {
  const { title, paragraphs } = bodyOf(input);
  const s = input.state;
  const children = [
    heading(title, { level: 1, before: 0 }),
    splitLine(labelled('To:', 'to'), labelled('Date:', 'date')),
    para(`${s.raisedBy.agency}${s.raisedBy.contact ? `, ${s.raisedBy.contact}` : ''}`, { after: 200 }),
    blank(),
    ...paragraphs,
  ];
  const values: Record<string, string> = {
    authority: input.letterhead.authorityName,
    marking: input.letterhead.protectiveMarking,
    headerChild: `${title} – ${s.raisedBy.agency}`,
    'doc.title': title,
    'doc.subject': `Concern about a review or its chair – ${s.raisedBy.agency}`,
    'doc.description': `${title} for ${s.raisedBy.name}, ${s.raisedBy.agency}`,
    'doc.creator': input.from.name,
    to: s.raisedBy.name,
    date: formatLongDate(input.date),
  };
  const parts = readZip(await Packer.toBuffer(letterDocument(input.letterhead.logo, children)));
  const filled = new Map<string, Buffer>();
  for (const [name, data] of parts) {
    const xml = name.endsWith('.xml') ? data.toString('utf8') : '';
    filled.set(name, xml.includes('⟦') ? Buffer.from(xml.replace(TOKEN, (token: string, key: string) => (key in values ? escapeXml(values[key]!) : token)), 'utf8') : data);
  }
  const bytes = writeZip(filled);
  const safeAgency = s.raisedBy.agency.replace(/[^A-Za-z0-9 -]/g, '').trim().slice(0, 40) || 'agency';
  const fileName = `${input.date} ${title} – ${safeAgency}.docx`;
  const eml = buildEml({
    to: [{ name: s.raisedBy.name, role: s.raisedBy.agency, email: s.raisedBy.email || null }],
    cc: [],
    subject: `${title}: your concern about a ${meetingKindLabels[s.meeting.kind].toLowerCase()}`,
    body: `Dear ${s.raisedBy.name},\n\nPlease find attached our ${title.toLowerCase()}.\n\nYours sincerely,\n${input.from.name}\n${input.letterhead.authorityName}\n`,
    attachment: { fileName, data: bytes, mimeType: DOCX_MIME },
  });
  return { title, fileName, bytes, eml, emlName: fileName.replace(/\.docx$/, '.eml') };
}
