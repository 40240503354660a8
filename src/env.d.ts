/** Values shared by the components of one page while it renders (Astro.locals). */
declare namespace App {
  interface Locals {
    /** Set by the first <FlowMap> on a page, which draws the land that every map there shows. */
    mapLandDrawn?: boolean;
  }
}
