import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/locale.ts';
import { useEditor } from './editor-context.tsx';
import { type EditorPageRef, pageParam, SECTOR_SUBPAGES, samePage } from './editor-pages.ts';
import { PageLink } from './page-link.tsx';
import { pageTitle } from './page-titles.ts';

function Count({ n }: { n: number }) {
  const { t } = useTranslation('editor');
  if (!n) return null;
  return (
    <span className="ed-badge">
      <span aria-hidden="true">{n}</span>
      <span className="ed-sr-only">{t('findings.blockingShort', { count: n })}</span>
    </span>
  );
}

/** The count of open review remarks (R.23) of a page, in the reviewers' colour. */
function RemarkCount({ n }: { n: number }) {
  const { t } = useTranslation('editor');
  if (!n) return null;
  return (
    <span className="rv-nav-badge">
      <span aria-hidden="true">✎ {n}</span>
      <span className="ed-sr-only">{t('nav.remarksOpen', { count: n })}</span>
    </span>
  );
}

/**
 * The pages of the Form in its order — passport; per sector 1.1…1.4; the summary Gantt; the
 * attachments; the findings — each with the count of its blocking findings.
 */
export function EditorNav(props: {
  current: EditorPageRef;
  counts: Map<string, number>;
  /** Open review remarks per page param. */
  remarkCounts?: Map<string, number>;
  openRemarks?: number;
  onShowRemarks?: () => void;
  sectorOps?: {
    add: () => void;
    remove: (id: string) => void;
    move: (id: string, delta: number) => void;
  };
  /** A sector whose section is being saved cannot be removed or moved yet. */
  busySectors: Set<string>;
}) {
  const { t } = useTranslation('editor');
  const { doc, locale, allFindings, findingsPending } = useEditor();
  const activeSector = props.current.kind === 'sector' ? props.current.sectorId : null;
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const count = (page: EditorPageRef) => props.counts.get(pageParam(page)) ?? 0;
  const remarks = (page: EditorPageRef) => props.remarkCounts?.get(pageParam(page)) ?? 0;
  const link = (page: EditorPageRef, label?: string) => (
    <PageLink page={page} current={samePage(page, props.current)} className="ed-nav-link">
      <span className="ed-nav-text">{label ?? pageTitle(page, doc, t)}</span>
      <span className="ed-nav-badges">
        <RemarkCount n={remarks(page)} />
        <Count n={count(page)} />
      </span>
    </PageLink>
  );
  const ops = props.sectorOps;

  return (
    <nav className="ed-nav" aria-label={t('nav.label')}>
      <ul className="ed-nav-list">
        <li>{link({ kind: 'passport' })}</li>
        {doc.sectors.map((s, i) => {
          const pages = SECTOR_SUBPAGES.map(
            (sub): EditorPageRef => ({ kind: 'sector', sectorId: s.id, sub }),
          );
          const total = pages.reduce((n, p) => n + count(p), 0);
          const totalRemarks = pages.reduce((n, p) => n + remarks(p), 0);
          const open = activeSector === s.id || expanded.has(s.id);
          const name = `${i + 1}. ${pickText(s.name, locale) || t('sector.unnamed')}`;
          const busy = props.busySectors.has(s.id);
          return (
            <li key={s.id} className={activeSector === s.id ? 'ed-nav-sector is-active' : 'ed-nav-sector'}>
              <div className="ed-nav-sector-head">
                <Button
                  type="text"
                  size="small"
                  className="ed-nav-toggle"
                  aria-expanded={open}
                  aria-label={t(open ? 'nav.collapse' : 'nav.expand', { name })}
                  disabled={activeSector === s.id}
                  onClick={() =>
                    setExpanded((cur) => {
                      const next = new Set(cur);
                      if (next.has(s.id)) next.delete(s.id);
                      else next.add(s.id);
                      return next;
                    })
                  }
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </Button>
                <span className="ed-nav-sector-name">{name}</span>
                {!open && (
                  <span className="ed-nav-badges">
                    <RemarkCount n={totalRemarks} />
                    <Count n={total} />
                  </span>
                )}
              </div>
              {open && (
                <ul className="ed-nav-sub">
                  {pages.map((p) => (
                    <li key={pageParam(p)}>{link(p)}</li>
                  ))}
                  {ops && (
                    <li className="ed-nav-sector-ops">
                      <Button
                        size="small"
                        type="text"
                        disabled={i === 0 || busy}
                        onClick={() => ops.move(s.id, -1)}
                      >
                        ↑ {t('sector.moveUp')}
                      </Button>
                      <Button
                        size="small"
                        type="text"
                        disabled={i === doc.sectors.length - 1 || busy}
                        onClick={() => ops.move(s.id, 1)}
                      >
                        ↓ {t('sector.moveDown')}
                      </Button>
                      <Popconfirm
                        title={t('sector.removeConfirm', { name })}
                        okText={t('common.remove')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => ops.remove(s.id)}
                      >
                        <Button size="small" type="text" danger disabled={busy}>
                          ✕ {t('sector.remove')}
                        </Button>
                      </Popconfirm>
                    </li>
                  )}
                </ul>
              )}
            </li>
          );
        })}
        {ops && (
          <li className="ed-nav-add">
            <Button size="small" type="dashed" block onClick={ops.add}>
              + {t('sector.add')}
            </Button>
          </li>
        )}
        <li>{link({ kind: 'gantt' })}</li>
        <li>{link({ kind: 'attachments' })}</li>
        <li className="ed-nav-findings">
          <PageLink
            page={{ kind: 'findings' }}
            current={props.current.kind === 'findings'}
            className="ed-nav-link"
          >
            <span className="ed-nav-text">{t('nav.findings')}</span>
            <span className="ed-nav-total">{findingsPending ? '' : allFindings.length}</span>
          </PageLink>
        </li>
        <li className="ed-nav-findings">
          <div className="ed-nav-group">{t('nav.lifecycle')}</div>
          <ul className="ed-nav-list">
            {props.onShowRemarks && (
              <li>
                <button type="button" className="ed-nav-link rv-nav-remarks" onClick={props.onShowRemarks}>
                  <span className="ed-nav-text">{t('rv.title')}</span>
                  <RemarkCount n={props.openRemarks ?? 0} />
                </button>
              </li>
            )}
            <li>{link({ kind: 'versions' })}</li>
            <li>
              <PageLink
                page={{ kind: 'redline' }}
                current={props.current.kind === 'redline'}
                className="ed-nav-link"
              >
                <span className="ed-nav-text">{t('nav.redline')}</span>
              </PageLink>
            </li>
            <li>{link({ kind: 'history' })}</li>
          </ul>
        </li>
      </ul>
    </nav>
  );
}
