// Chips on list cards, each in its own small shadow root (host <rolelens-chip>) sharing one
// constructable stylesheet. A card keeps its chip while its text is unchanged, so re-runs after
// infinite scroll only touch the new cards. CardChip is static markup (no handlers, no state), so
// it is rendered once per distinct look and cloned into each card's shadow root: a list of 100
// cards costs a handful of renders, not 100.
import { render } from 'preact';
import { CardChip } from '../../components/card-chip/CardChip';
import type { UiLang } from '../i18n';
import type { ListCard } from '../sites/types';
import type { ChipModel } from './chip-model';
import { createShadowHost } from './shadow-host';
import { UI_CSS } from './ui-styles';

export const CHIP_HOST = 'rolelens-chip';

interface Placed {
  host: HTMLElement;
  root: ShadowRoot;
  key: string;
}

export interface ChipLayer {
  /**
   * Chips for exactly these cards: new cards get one, changed cards are redrawn, the rest removed.
   * A card whose model is not known yet is skipped (it gets its chip on the next sync).
   */
  sync(cards: readonly ListCard[], lang: UiLang, modelFor: (card: ListCard) => ChipModel | undefined): void;
  clear(): void;
  readonly count: number;
}

/** What a chip depends on: the card's own text (the model) and the UI language (the words). */
export const cardTextKey = (card: Pick<ListCard, 'title' | 'text'>): string => `${card.title}\n${card.text}`;
const chipKey = (card: ListCard, lang: UiLang): string => `${lang}\n${cardTextKey(card)}`;

// The host's own box, set from inside its shadow root (one shared rule instead of a style per chip).
const CHIP_CSS = `${UI_CSS}\n:host{display:inline-block !important;vertical-align:middle !important;margin:2px 4px !important;}`;

function createHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  return createShadowHost(doc, CHIP_HOST, CHIP_CSS);
}

const lookKey = (model: ChipModel, lang: UiLang) => `${lang}|${model.domain}|${model.mix}|${model.band}|${model.titleOnly}`;

export function createChipLayer(doc: Document = document): ChipLayer {
  let placed = new Map<Element, Placed>();
  const looks = new Map<string, Node>();

  /** A fresh copy of the chip's markup, rendered with Preact the first time this look is needed. */
  const chipMarkup = (model: ChipModel, lang: UiLang): Node => {
    const key = lookKey(model, lang);
    let look = looks.get(key);
    if (!look) {
      const holder = doc.createElement('span');
      render(<CardChip {...model} lang={lang} />, holder);
      look = holder.firstChild ?? doc.createTextNode('');
      looks.set(key, look);
    }
    return look.cloneNode(true);
  };

  const removeOne = (chip: Placed) => chip.host.remove();

  return {
    get count() {
      return placed.size;
    },
    sync(cards, lang, modelFor) {
      const next = new Map<Element, Placed>();
      for (const card of cards) {
        if (next.has(card.element)) continue;
        const model = modelFor(card);
        if (!model) continue;
        const key = chipKey(card, lang);
        const existing = placed.get(card.element);
        if (existing && existing.key === key && existing.host.isConnected) {
          next.set(card.element, existing);
          continue;
        }
        const chip = existing?.host.isConnected ? existing : createHost(doc);
        chip.root.replaceChildren(chipMarkup(model, lang));
        if (!chip.host.isConnected) card.element.append(chip.host);
        next.set(card.element, { ...chip, key });
      }
      for (const [element, chip] of placed) if (!next.has(element)) removeOne(chip);
      placed = next;
    },
    clear() {
      for (const chip of placed.values()) removeOne(chip);
      placed = new Map();
    },
  };
}
