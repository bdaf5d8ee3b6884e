/** The look of a group of fields in the members dialogs (a bordered fieldset with a bold legend). */
export const FIELDSET_CLASS = 'm-0 grid min-w-0 gap-3.5 rounded-md border border-border px-4 pt-3 pb-4';
export const LEGEND_CLASS = 'px-1 font-semibold';
