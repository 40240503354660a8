/** Id of a figure's row in the table of "How the counts changed", the target of its mark's link. */
export const countsRowId = (figureId: string): string => `counts-${figureId}`;
