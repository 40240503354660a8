/**
 * `<flow-map>`: the island of a flow map. The map works without JavaScript (its SVG is in the HTML
 * and every flow links to its table row); this element loads the interaction module only once the
 * map scrolls into view, so pages pay nothing for maps the reader never reaches.
 */
class FlowMapElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.hasAttribute('data-ready') || this.#observer) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#observer = undefined;
        void import('./flow-map-interaction.ts').then(({ hydrateFlowMap }) => {
          hydrateFlowMap(this);
          this.setAttribute('data-ready', '');
        });
      },
      { rootMargin: '0px 0px 100px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

if (!customElements.get('flow-map')) customElements.define('flow-map', FlowMapElement);
