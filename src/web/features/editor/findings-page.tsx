import { Segmented, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context.tsx';
import { findingsByPage, pageParam } from './editor-pages.ts';
import { pathKey } from './field-paths.ts';
import { SectionHeading } from './form-row.tsx';
import { PageLink } from './page-link.tsx';
import { pageTitle, sectorTitle } from './page-titles.ts';

type Filter = 'all' | 'blocking' | 'warning';

/** Every finding of the map, grouped by the page that fixes it; each links to its field. */
export function FindingsPage() {
  const { t } = useTranslation('editor');
  const { doc, locale, allFindings, findingsPending } = useEditor();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = allFindings.filter((f) => filter === 'all' || f.severity === filter);
  const groups = findingsByPage(shown, doc);
  const blocking = allFindings.filter((f) => f.severity === 'blocking').length;
  return (
    <article className="ed-page">
      <SectionHeading title={t('nav.findings')} helper={t('findings.help')}>
        <Segmented<Filter>
          aria-label={t('findings.filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('findings.all', { count: allFindings.length }) },
            { value: 'blocking', label: t('findings.blocking', { count: blocking }) },
            { value: 'warning', label: t('findings.warnings', { count: allFindings.length - blocking }) },
          ]}
        />
      </SectionHeading>
      {findingsPending ? (
        <div className="dtm-center">
          <Spin aria-label={t('load.loading')} />
        </div>
      ) : (
        allFindings.length === 0 && <p className="ed-ok">{t('findings.none')}</p>
      )}
      {groups.map(({ page, findings }) => (
        <section key={pageParam(page)} className="ed-findings-group">
          <h3 className="ed-h4">
            {page.kind === 'sector' && (
              <span className="ed-muted">{sectorTitle(doc, page.sectorId, t, locale)} › </span>
            )}
            <PageLink page={page}>{pageTitle(page, doc, t)}</PageLink>
          </h3>
          <ul className="ed-findings-list">
            {findings.map((f, i) => (
              <li
                key={`${pathKey(f.path)}-${f.code}-${i}`}
                className={f.severity === 'blocking' ? 'ed-msg-error' : 'ed-msg-warning'}
              >
                <span className="ed-sev">
                  <span aria-hidden="true">{f.severity === 'blocking' ? '●' : '▲'}</span>{' '}
                  {t(f.severity === 'blocking' ? 'severity.blocking' : 'severity.warning')}
                </span>
                <PageLink page={page} field={pathKey(f.path)}>
                  {t(`findings:${f.code}`, f.params ?? {})}
                </PageLink>
                <span className="ed-point">{f.point}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
