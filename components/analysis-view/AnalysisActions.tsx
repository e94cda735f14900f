import { useState } from 'preact/hooks';
import type { AnalysisResult } from '@/lib/analysis/schema';
import { analysisToJson, type ExportedPosting } from '@/lib/export/json';
import { splitToMarkdown } from '@/lib/export/markdown';
import { safeFileName } from '@/lib/export/filename';
import { t, type UiLang } from '@/lib/i18n';
import { copyText, downloadText } from '../shared/download';

export interface ActionsProps {
  result: AnalysisResult;
  lang: UiLang;
  posting?: ExportedPosting;
  /** Shown only when given: a content script cannot open extension pages itself. */
  onOpenFull?: () => void;
  /** The result is still a glance: copy and export wait (disabled) for the full result. */
  pending?: boolean;
}

export function AnalysisActions({ result, lang, posting, onOpenFull, pending = false }: ActionsProps) {
  const [status, setStatus] = useState('');
  const name = posting?.title || result.title || 'rolelens';
  const copy = async () => {
    const ok = await copyText(splitToMarkdown(result, lang, posting));
    setStatus(t(lang, ok ? 'actionCopied' : 'actionCopyFailed'));
  };
  return (
    <div class="rl-actions" role="group" aria-label={t(lang, 'actionsLabel')}>
      <button type="button" class="rl-primary" onClick={copy} data-action="copy-markdown" disabled={pending}>
        {t(lang, 'actionCopyMarkdown')}
      </button>
      <button
        type="button"
        data-action="export-json"
        disabled={pending}
        onClick={() => downloadText(safeFileName(name, 'json'), analysisToJson(result, posting), 'application/json')}
      >
        {t(lang, 'actionExportJson')}
      </button>
      {onOpenFull && (
        <button type="button" onClick={onOpenFull} data-action="open-full">
          {t(lang, 'actionOpenFull')}
        </button>
      )}
      <span class="rl-actions__status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
