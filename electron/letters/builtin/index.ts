import type { LetterData } from '../types';
import { cafcassBody, cafcassValues } from './cafcass';
import { commonValues } from './common';
import { informalBody, informalTitle, informalValues } from './informal';
import { meetingStatementBody, meetingStatementValues } from './meeting-statement';
import { resolutionBody, resolutionValues } from './resolution';
import { renderWithSkeleton } from './skeleton';
import { FORM_TITLE, formTitle, stageFormBody, stageFormValues } from './stage-form';
import type { Shape } from './shape';
import type { FileChild } from './blocks';
import { applyFormControls } from '../form/apply-controls';
import { formSpecOf } from '../form/form-spec';
import { EMPTY_RESPONSE } from '../form/fields';

interface Builtin {
  title: (d: LetterData) => string;
  body: (s: Shape) => FileChild[];
  values: (d: LetterData) => Record<string, string>;
}

const builtins: Record<Exclude<LetterData['document'], 'custom'>, Builtin> = {
  'stage-form': { title: (d) => (formTitle(d) === FORM_TITLE ? `${FORM_TITLE} – ${d.stage.title}` : formTitle(d)), body: stageFormBody, values: stageFormValues },
  informal: { title: (d) => informalTitle(d.stage.label), body: informalBody, values: informalValues },
  resolution: { title: () => 'Resolution of Escalation of Concern', body: resolutionBody, values: resolutionValues },
  cafcass: { title: () => 'Referral to Cafcass', body: cafcassBody, values: cafcassValues },
  'meeting-statement': { title: (d) => `Written statement of the alert – ${d.stage.title}`, body: meetingStatementBody, values: meetingStatementValues },
};

/**
 * Renders a built-in document to .docx bytes. `perLetter` lays a blank stage form's controls out for this letter
 * alone instead of taking them with the cached layout (the same document: a test compares the two).
 */
export async function renderBuiltin(d: LetterData, opts: { perLetter?: boolean } = {}): Promise<Buffer> {
  if (d.document === 'custom') throw new Error('A custom document is filled from its team template, not built in.');
  const b = builtins[d.document];
  const common = commonValues(d, b.title(d));
  const values = { text: { ...common.text, ...b.values(d) }, ticks: common.ticks };
  if (d.document !== 'stage-form') return renderWithSkeleton(d, b.body, values);
  // The stage form goes out with the manager's response as content controls, to be read back on return. Going out
  // blank, its controls come with the layout; made again after a response, they hold it, so they are laid per letter.
  const spec = formSpecOf(d);
  const blank = !opts.perLetter && JSON.stringify(spec.values) === JSON.stringify(EMPTY_RESPONSE);
  return blank ? renderWithSkeleton(d, b.body, values, { outcomes: spec.outcomes, spec }) : applyFormControls(await renderWithSkeleton(d, b.body, values), spec);
}
