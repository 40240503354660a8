/** Site-wide facts shown in the header, footer and metadata. */
export const SITE = {
  title: 'Central Asia: Foreign Fighters & Returnees',
  shortTitle: 'CA Fighters Explained',
  description:
    'An explainer, built from annotated sources, on Central Asian foreign fighters, the people who came back, and political Islam in the region.',
  lang: 'en',
} as const;
