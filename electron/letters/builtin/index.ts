import type { LetterData } from '../types';
import { cafcassBody, cafcassValues } from './cafcass';
import { commonValues } from './common';
import { informalBody, informalValues } from './informal';
import { meetingStatementBody, meetingStatementValues } from './meeting-statement';
import { resolutionBody, resolutionValues } from './resolution';
import { renderWithSkeleton } from './skeleton';
import { FORM_TITLE, stageFormBody, stageFormValues } from './stage-form';
import type { Shape } from './shape';
import type { FileChild } from './blocks';
import { applyFormControls } from '../form/apply-controls';
import { formSpecOf } from '../form/form-spec';

interface Builtin {
  title: (d: LetterData) => string;
  body: (s: Shape) => FileChild[];
  values: (d: LetterData) => Record<string, string>;
}

const builtins: Record<Exclude<LetterData['document'], 'custom'>, Builtin> = {
  'stage-form': { title: (d) => `${FORM_TITLE} – ${d.stage.title}`, body: stageFormBody, values: stageFormValues },
  informal: { title: () => 'Informal Escalation of Concern', body: informalBody, values: informalValues },
  resolution: { title: () => 'Resolution of Escalation of Concern', body: resolutionBody, values: resolutionValues },
  cafcass: { title: () => 'Referral to Cafcass', body: cafcassBody, values: cafcassValues },
  'meeting-statement': { title: (d) => `Written statement of the alert – ${d.stage.title}`, body: meetingStatementBody, values: meetingStatementValues },
};

/** Renders a built-in document to .docx bytes. */
export async function renderBuiltin(d: LetterData): Promise<Buffer> {
  if (d.document === 'custom') throw new Error('A custom document is filled from its team template, not built in.');
  const b = builtins[d.document];
  const common = commonValues(d, b.title(d));
  const bytes = await renderWithSkeleton(d, b.body, { text: { ...common.text, ...b.values(d) }, ticks: common.ticks });
  // The stage form goes out with the manager's response as content controls, to be read back on return.
  return d.document === 'stage-form' ? applyFormControls(bytes, formSpecOf(d)) : bytes;
}
