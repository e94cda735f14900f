import { useId } from 'preact/hooks';
import type { Duty } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import { RULE_KEYS } from '../shared/domain-style';
import { cueTone, highlightPieces } from './highlight';

/** One duty: its text with cue words marked, its level, and (on hover or focus) why it got its label. */
export function DutyItem({ duty, lang }: { duty: Duty; lang: UiLang }) {
  const whyId = useId();
  return (
    <li class={`rl-duty rl-duty--${duty.domain}`} tabIndex={0} aria-describedby={whyId} data-domain={duty.domain}>
      <span class="rl-duty__text">
        {highlightPieces(duty).map((piece, i) =>
          piece.cue ? (
            <mark key={i} class={`rl-cue rl-cue--${cueTone(piece.cue)}`} data-cue={piece.cue.text}>
              {piece.text}
            </mark>
          ) : (
            piece.text
          ),
        )}
      </span>
      <span class="rl-duty__tags">
        <span class={`rl-tag rl-tag--level rl-tag--${duty.level}`}>{t(lang, `level_${duty.level}`)}</span>
        {duty.secondary && duty.secondary !== duty.domain && (
          <span class="rl-tag rl-tag--secondary">{t(lang, 'secondaryDomain', t(lang, `domain_${duty.secondary}`))}</span>
        )}
      </span>
      <div class="rl-why" id={whyId} role="tooltip">
        <strong class="rl-why__title">{t(lang, 'whyHeading')}</strong>
        <p class="rl-why__rule">
          {t(lang, RULE_KEYS[duty.rule])} <span class="rl-why__confidence">({t(lang, 'confidence', Math.round(duty.confidence * 100))})</span>
        </p>
        {duty.cues.length > 0 ? (
          <>
            <span class="rl-why__label">{t(lang, 'whyCues')}</span>
            <ul class="rl-why__cues">
              {duty.cues.map((cue, i) => (
                <li key={i}>
                  <span class="rl-why__cue">{cue.text}</span> — {cue.rule}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="rl-why__rule">{t(lang, 'whyNoCues')}</p>
        )}
      </div>
    </li>
  );
}
