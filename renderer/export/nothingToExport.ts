/** Why an export has nothing to save, in words for the dialog: a notice, not a failure. */
export class NothingToExport extends Error {}
