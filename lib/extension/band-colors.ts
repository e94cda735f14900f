// Badge colours by band. Grey: not a marketing/operations role; green: clearly one; amber: leaning;
// red: muddled. White text on each keeps a contrast of at least 4.5:1.
import type { BANDS } from '../analysis/constants';

export type Band = (typeof BANDS)[number];

export const BAND_COLORS: Record<Band, string> = {
  none: '#80868B',
  clear: '#188038',
  leaning: '#B06000',
  mixed: '#C5221F',
};
