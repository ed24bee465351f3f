import type { AreaHandlers } from '../shared/api/contract';
import type { lettersContract } from '../shared/api/letters-contract';
import { londonDateOf } from '../shared/calendar';
import { lettersRepo } from '../db/repositories/letters-repo';
import type { ServiceContext } from './services/context';
import { batchLetters, downloadLetter, generateLetter, letterOptions, listLetters, openLetter } from './services/letters-service';
import { getLetterSettings, loadLetterhead, saveLetterSettings } from './services/letter-settings-service';
import { importTemplate, listTemplates, removeTemplate } from './services/letter-templates-service';
import type { DesktopShell } from './letters/desktop-shell';
import { buildLetterData } from './letters/letter-data';
import { placeholderCatalogue } from './letters/custom/placeholders';
import { sampleLetters } from './letters/sample';

export interface LettersMeta {
  /** Electron's shell (open a letter in Word, show it in its folder); absent in the web host. */
  desktop?: DesktopShell;
}

export function createLettersHandlers(ctx: ServiceContext, meta: LettersMeta): AreaHandlers<typeof lettersContract> {
  const deps = { desktop: meta.desktop };
  return {
    'letters.settings.get': () => getLetterSettings(ctx),
    'letters.settings.save': (input) => saveLetterSettings(ctx, input),
    'letters.options': (input) => letterOptions(ctx, input.escalationId),
    'letters.generate': (input) => generateLetter(ctx, input),
    'letters.list': (input) => listLetters(ctx, input.escalationId),
    'letters.download': (input) => downloadLetter(ctx, input.id, input.part),
    'letters.open': (input) => openLetter(ctx, deps, input.id, input.part),
    'letters.batch': (input) => batchLetters(ctx, input),
    'letters.themes': () => lettersRepo.themesWithEscalations(ctx.tracker.db),
    'letters.templates.list': () => listTemplates(ctx),
    'letters.templates.import': (input) => importTemplate(ctx, input),
    'letters.templates.remove': (input) => removeTemplate(ctx, input),
    'letters.placeholders': async () => {
      // The examples are filled from the made-up child, so the list shows what each placeholder becomes.
      const profile = ctx.profile();
      const calendar = ctx.calendar(profile);
      const sample = sampleLetters(profile, calendar).find((s) => s.document === 'stage-form')!;
      const { letterhead } = await loadLetterhead(ctx);
      const data = buildLetterData({ ...sample, profile, letterhead, directory: [], today: londonDateOf(ctx.now()), actorName: ctx.actor.name });
      return placeholderCatalogue(data);
    },
  };
}
