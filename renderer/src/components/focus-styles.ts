import { makeStaticStyles, tokens } from '@fluentui/react-components';

/**
 * Text boxes and selects show focus as a 2 px underline in Fluent, too thin to meet WCAG 2.2 focus
 * appearance (an outline at least 2 px thick around the whole control, 3:1 against what is next to it).
 * Every input, text area and select gets a full outline in the theme's focus colour (checkboxes and
 * radios already draw one).
 */
export const useFocusStyles = makeStaticStyles({
  '.fui-Input:focus-within, .fui-Textarea:focus-within, .fui-Select:focus-within, .fui-Combobox:focus-within': {
    outline: `3px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '2px',
  },
  // A heading takes focus only so a screen reader starts there (GOV.UK does the same); it is not a control.
  'h1[tabindex="-1"]:focus': { outline: 'none' },
});

/** Printing a page (the conference summary) prints the page only, not the app's header and notices. */
export const usePrintStyles = makeStaticStyles('@media print { body header, .fui-MessageBar, a[href="#main"] { display: none !important; } }');
