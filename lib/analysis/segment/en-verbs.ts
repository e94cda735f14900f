// Verbs that open an English duty line ("Develop…", "Manages…", "Leading…"). Verbs that usually open a
// qualification or page furniture (have, possess, be, demonstrate, apply, show, learn, refer) are left out on purpose.
const BASE = `
accelerate achieve acquire act adapt address adjust administer advance advise advocate align allocate amplify analyse
analyze anticipate architect arrange articulate assemble assess assign assist attend audit author automate balance
benchmark brainstorm brief build calculate   capture cascade catalog categorize champion chair clarify close
coach co-create co-lead collaborate collect communicate compile complete compose conceive conceptualize conduct
configure consolidate construct consult contribute control convene convert coordinate copyedit create cultivate curate
customize deepen define deliver deploy design determine develop devise diagnose direct discover distill distribute
document draft drive edit educate elevate embed empower enable encourage energize engage enhance ensure establish
estimate evaluate evangelize evolve examine execute expand facilitate   finalize forecast formulate foster gather
generate govern grow guide handle   help hire host identify ideate implement improve incorporate increase influence
inform initiate innovate inspire install integrate interface interpret interview introduce investigate invoice
iterate launch lead leverage liaise maintain manage   maximize measure mentor merchandise minimize mobilize  
moderate monitor motivate negotiate   nurture obtain onboard operate optimize orchestrate organize originate
outline oversee own participate partner perform pilot pitch place plan   post prepare present prioritize
    procure produce     promote proofread propose prospect provide publish purchase
pursue qualify raise rebrand recommend reconcile   recruit redesign reduce refine release renew report represent
research resolve respond retain review revise route run schedule scope scout screen secure segment select sell serve
set shape share source spearhead sponsor   standardize steward strategize streamline strengthen structure submit
supervise support sustain synthesize tailor target test track train transform translate triage update upgrade upsell
use utilize validate verify visit welcome work write answer attract   broaden build cover deploy engineer extend
gauge grow keep lift make   partner photograph plan prepare reach recognize scale stay steer take tell think
uncover unify add seek bring
`;

export const EN_VERBS = new Set(BASE.split(/\s+/).filter(Boolean));

/** The base verb a word is a form of (develop, develops, developing), or undefined. */
export function verbBase(word: string, allowIng = true): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 2 || w.length > 20) return undefined;
  if (!allowIng && w.endsWith('ing')) return undefined;
  // The word itself, then -ies → -y, -es, -s, then -ing → stem, stem + e, doubled consonant (planning → plan).
  if (EN_VERBS.has(w)) return w;
  if (w.endsWith('ies') && EN_VERBS.has(w.slice(0, -3) + 'y')) return w.slice(0, -3) + 'y';
  if (w.endsWith('es') && EN_VERBS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && EN_VERBS.has(w.slice(0, -1))) return w.slice(0, -1);
  if (!w.endsWith('ing')) return undefined;
  const stem = w.slice(0, -3);
  if (EN_VERBS.has(stem)) return stem;
  if (EN_VERBS.has(stem + 'e')) return stem + 'e';
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2];
  return doubled && EN_VERBS.has(stem.slice(0, -1)) ? stem.slice(0, -1) : undefined;
}
