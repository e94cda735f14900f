import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { BANDS } from '@/lib/analysis/schema';
import { historyToCsv } from '@/lib/export/csv';
import { historyToJson } from '@/lib/export/json';
import { safeFileName } from '@/lib/export/filename';
import { localeOf, t, type UiLang } from '@/lib/i18n';
import type { HistoryEntry, HistoryView } from '@/lib/storage/history';
import { AnalysisView } from '../analysis-view/AnalysisView';
import { downloadText } from '../shared/download';
import { siteLabel } from '../shared/site-label';
import { DEFAULT_QUERY, queryHistory, sitesOf, SORTS, type HistoryQuery } from './history-query';
import '../theme.css';
import './history.css';

export interface HistoryLoaders {
  getHistory(): Promise<HistoryView>;
  deleteHistory(ids: readonly string[]): Promise<void>;
  clearHistory(): Promise<void>;
  watchHistory(callback: () => void): () => void;
  confirm(message: string): boolean;
}

type Mode = { kind: 'list' } | { kind: 'open'; id: string } | { kind: 'compare'; ids: [string, string] };

const isLink = (url: string) => /^https?:\/\//i.test(url);

export function HistoryApp({ lang, historyEnabled, loaders }: { lang: UiLang; historyEnabled: boolean; loaders: HistoryLoaders }) {
  const [view, setView] = useState<HistoryView | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState<HistoryQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [status, setStatus] = useState('');

  const reload = useCallback(() => {
    loaders
      .getHistory()
      .then((v) => {
        setView(v);
        setError('');
        const ids = new Set(v.entries.map((e) => e.id));
        setSelected((old) => new Set([...old].filter((id) => ids.has(id))));
      })
      .catch((e: unknown) => setError(t(lang, 'histLoadFailed', e instanceof Error ? e.message : String(e))));
  }, [loaders, lang]);
  useEffect(() => {
    reload();
    return loaders.watchHistory(reload);
  }, [reload, loaders]);

  const entries = view?.entries ?? [];
  const shown = useMemo(() => queryHistory(entries, query), [entries, query]);
  const byId = (id: string) => entries.find((e) => e.id === id);
  const when = (at: number) => new Date(at).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
  const toggle = (id: string, on: boolean) => setSelected((old) => (on ? new Set([...old, id]) : new Set([...old].filter((x) => x !== id))));
  const picked = [...selected];

  const remove = async () => {
    await loaders.deleteHistory(picked);
    setStatus(t(lang, 'histDeleted', picked.length));
    setSelected(new Set());
    reload();
  };
  const clear = async () => {
    if (!loaders.confirm(t(lang, 'histClearConfirm'))) return;
    await loaders.clearHistory();
    setSelected(new Set());
    reload();
  };

  if (mode.kind !== 'list') {
    const items = (mode.kind === 'open' ? [mode.id] : mode.ids).map(byId).filter((e): e is HistoryEntry => !!e);
    return (
      <div class="rl-theme rl-history">
        <header class="rl-history__head">
          <h1>{t(lang, mode.kind === 'compare' ? 'histCompareHeading' : 'historyTitle')}</h1>
          <button type="button" onClick={() => setMode({ kind: 'list' })} autoFocus>
            ← {t(lang, 'histCloseView')}
          </button>
        </header>
        <div class={mode.kind === 'compare' ? 'rl-history__compare' : 'rl-history__single'} data-view={mode.kind}>
          {items.map((e) => (
            <div key={e.id} class="rl-history__pane">
              <p class="rl-muted">
                {siteLabel(lang, e.site)} · {when(e.at)}
              </p>
              <AnalysisView result={e.result} lang={lang} posting={{ site: e.site, url: e.url, title: e.title, company: e.company }} />
            </div>
          ))}
        </div>
      </div>
    );
  }

  return (
    <div class="rl-theme rl-history">
      <header class="rl-history__head">
        <h1>{t(lang, 'historyTitle')}</h1>
      </header>
      {!historyEnabled && <p class="rl-history__note" role="note">{t(lang, 'histDisabled')}</p>}
      {view && view.dropped > 0 && (
        <p class="rl-history__note" role="note" data-note="cap">
          {t(lang, 'histCapNote', view.max, view.dropped)}
        </p>
      )}
      {error && <p class="rl-field-error" role="alert">{error}</p>}

      <form class="rl-history__filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t(lang, 'histSearch')}</span>
          <input type="search" name="q" value={query.text} onInput={(e) => setQuery({ ...query, text: e.currentTarget.value })} />
        </label>
        <label>
          <span>{t(lang, 'histFilterSite')}</span>
          <select name="site" value={query.site} onChange={(e) => setQuery({ ...query, site: e.currentTarget.value })}>
            <option value="">{t(lang, 'histFilterAll')}</option>
            {sitesOf(entries).map((s) => (
              <option key={s} value={s}>
                {siteLabel(lang, s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t(lang, 'histFilterBand')}</span>
          <select name="band" value={query.band} onChange={(e) => setQuery({ ...query, band: e.currentTarget.value as HistoryQuery['band'] })}>
            <option value="">{t(lang, 'histFilterAll')}</option>
            {BANDS.map((b) => (
              <option key={b} value={b}>
                {t(lang, `band_${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t(lang, 'histSort')}</span>
          <select name="sort" value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.currentTarget.value as HistoryQuery['sort'] })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(lang, `sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>

      <div class="rl-history__actions" role="group" aria-label={t(lang, 'actionsLabel')}>
        <button type="button" data-action="compare" disabled={picked.length !== 2} onClick={() => setMode({ kind: 'compare', ids: [picked[0]!, picked[1]!] })}>
          {t(lang, 'histCompare')}
        </button>
        <button type="button" data-action="delete" disabled={picked.length === 0} onClick={() => void remove()}>
          {t(lang, 'histDelete')}
        </button>
        <button type="button" data-action="export-csv" disabled={shown.length === 0} onClick={() => downloadText(safeFileName('rolelens-history', 'csv'), historyToCsv(shown, lang), 'text/csv', { bom: true })}>
          {t(lang, 'histExportCsv')}
        </button>
        <button type="button" data-action="export-json" disabled={shown.length === 0} onClick={() => downloadText(safeFileName('rolelens-history', 'json'), historyToJson(shown), 'application/json')}>
          {t(lang, 'histExportJson')}
        </button>
        <button type="button" data-action="clear" disabled={entries.length === 0} onClick={() => void clear()}>
          {t(lang, 'histClear')}
        </button>
        <span class="rl-muted" role="status" aria-live="polite">
          {[t(lang, 'histShown', shown.length, entries.length), picked.length ? t(lang, 'histSelected', picked.length) : '', status].filter(Boolean).join(' · ')}
        </span>
      </div>
      {picked.length !== 2 && entries.length > 1 && <p class="rl-muted rl-history__hint">{t(lang, 'histCompareHint')}</p>}

      {view && entries.length === 0 ? (
        <p class="rl-history__empty">{t(lang, 'histEmpty')}</p>
      ) : view && shown.length === 0 ? (
        <p class="rl-history__empty">{t(lang, 'histNoMatch')}</p>
      ) : (
        <div class="rl-history__table-wrap">
          <table class="rl-history__table">
            <caption class="rl-visually-hidden">{t(lang, 'historyTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span class="rl-visually-hidden">{t(lang, 'histSelectRow', '')}</span>
                </th>
                <th scope="col">{t(lang, 'histSite')}</th>
                <th scope="col">{t(lang, 'histTitle')}</th>
                <th scope="col">{t(lang, 'histCompany')}</th>
                <th scope="col">{t(lang, 'histLink')}</th>
                <th scope="col">{t(lang, 'histMix')}</th>
                <th scope="col">{t(lang, 'histTitleFit')}</th>
                <th scope="col">{t(lang, 'histDate')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id} data-id={e.id} class={selected.has(e.id) ? 'is-selected' : ''}>
                  <td>
                    <input type="checkbox" aria-label={t(lang, 'histSelectRow', e.title)} checked={selected.has(e.id)} onChange={(ev) => toggle(e.id, ev.currentTarget.checked)} />
                  </td>
                  <td>{siteLabel(lang, e.site)}</td>
                  <td>
                    <button type="button" class="rl-linkish" aria-label={t(lang, 'histOpen', e.title)} onClick={() => setMode({ kind: 'open', id: e.id })}>
                      {e.title || t(lang, 'untitled')}
                    </button>
                  </td>
                  <td>{e.company ?? ''}</td>
                  <td>
                    {isLink(e.url) ? (
                      <a href={e.url} target="_blank" rel="noopener noreferrer">
                        {t(lang, 'histOpenPosting')}
                      </a>
                    ) : (
                      ''
                    )}
                  </td>
                  <td>
                    <span class="rl-history__mix">{e.mix}</span> <span class={`rl-history__band rl-band--${e.band}`}>{t(lang, `band_${e.band}`)}</span>
                  </td>
                  <td>{t(lang, `titleFit_${e.titleFit}`)}</td>
                  <td>
                    <time dateTime={new Date(e.at).toISOString()}>{when(e.at)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
