import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Button, Result, Select, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/locale.ts';
import { AMENDMENT_GROUNDS } from '../../../domain/workflow/workflow.ts';
import { DocumentDownloads } from '../../components/ui/document-downloads.tsx';
import { formatDate } from '../../components/ui/format.ts';
import { ScrollArea } from '../../components/ui/scroll-area.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { ApiError } from '../../lib/api.ts';
import {
  type PublicMap,
  type PublicVersion,
  usePublicMap,
  usePublicReference,
  usePublicVersion,
} from './api.ts';
import type { PortalMapSearch } from './portal-map-search.ts';
import { MapView, type ReferenceNames, sectorAnchor } from './portal-map-view.tsx';
import { Redline } from './portal-redline.tsx';
import { LocalText } from './portal-text-view.tsx';

function NotFound({ title }: { title: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="dtm-page dtm-page--narrow">
      <Result
        status="404"
        title={
          <Typography.Title level={1} className="dtm-notice-title">
            {title}
          </Typography.Title>
        }
        subTitle={t('portal.map.notFoundText')}
        extra={<Link to="/portal">{t('portal.map.back')}</Link>}
      />
    </div>
  );
}

/** A published map on the portal: the version in force (or one chosen from its history), read-only. */
export function PortalMapPage() {
  const { t } = useTranslation();
  const mapId = useParams({ strict: false }).mapId ?? '';
  const map = usePublicMap(mapId);

  if (map.isError) {
    const notFound = map.error instanceof ApiError && (map.error.status === 404 || map.error.status === 400);
    if (notFound) return <NotFound title={t('portal.map.notFound')} />;
    return (
      <div className="dtm-page">
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={map.error.message}
          action={<Button onClick={() => void map.refetch()}>{t('common.retry')}</Button>}
        />
      </div>
    );
  }
  if (!map.data)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('common.loading')} />
      </div>
    );
  return <PublishedMap map={map.data} />;
}

function PublishedMap({ map }: { map: PublicMap }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const search = useSearch({ strict: false }) as PortalMapSearch;
  const current = map.versions.find((v) => v.status === 'published') ?? map.versions[map.versions.length - 1];
  const shown = map.versions.find((v) => v.number === search.v) ?? current;
  const version = usePublicVersion(map.id, shown?.number ?? null);
  const services = usePublicReference('public-services');
  const systems = usePublicReference('information-systems');
  const documents = usePublicReference('planning-documents');
  const references = useMemo(
    () => ({
      publicServices: services.data ?? [],
      informationSystems: systems.data ?? [],
      planningDocuments: documents.data ?? [],
    }),
    [services.data, systems.data, documents.data],
  );
  const names: ReferenceNames = useMemo(
    () =>
      new Map(
        [...references.publicServices, ...references.informationSystems, ...references.planningDocuments].map(
          (r) => [r.id, r],
        ),
      ),
    [references],
  );
  const title = version.data ? pickText(version.data.passport.title, locale) : '';
  const missing = !shown || (search.v !== undefined && shown.number !== search.v);
  useDocumentTitle(missing ? t('portal.map.versionNotFound') : title || t('portal.list.title'));

  if (missing) return <NotFound title={t('portal.map.versionNotFound')} />;

  const doc = version.data;
  return (
    <div className="dtm-page pt-page">
      <nav className="pt-breadcrumb" aria-label={t('portal.map.back')}>
        <Link to="/portal">← {t('portal.map.back')}</Link>
        {' · '}
        <Link to="/portal/maps/$mapId/progress" params={{ mapId: map.id }}>
          {t('portal.map.progress')}
        </Link>
      </nav>
      {version.isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={version.error.message} />
      ) : !doc ? (
        <div className="dtm-center">
          <Spin aria-label={t('common.loading')} />
        </div>
      ) : (
        <>
          <header className="pt-map-head">
            <div className="pt-list__org">
              <LocalText text={map.organisation.name} />
            </div>
            <h1 className="pt-h1">
              <LocalText text={doc.passport.title} />
            </h1>
            <div className="pt-meta">
              <span>{t('portal.version', { n: shown.number })}</span>
              <VersionStatus v={shown} />
              {shown.approvedOn ? (
                <span>{t('portal.approved', { date: formatDate(shown.approvedOn, locale) })}</span>
              ) : null}
              {shown.publishedOn ? (
                <span>{t('portal.published', { date: formatDate(shown.publishedOn, locale) })}</span>
              ) : null}
            </div>
          </header>
          {shown.number !== current.number ? (
            <Alert
              className="dtm-block"
              type="warning"
              showIcon
              title={t('portal.map.supersededBanner', { n: shown.number })}
              action={
                <Link to="/portal/maps/$mapId" params={{ mapId: map.id }} search={{}}>
                  {t('portal.map.toCurrent', { n: current.number })}
                </Link>
              }
            />
          ) : null}
          <DocumentDownloads
            href={`/api/public/maps/${encodeURIComponent(map.id)}/versions/${shown.number}/map`}
            label={t('portal.map.documents')}
          />
          {locale === 'en' ? <p className="pt-help">{t('portal.map.enNote')}</p> : null}
          <nav className="pt-toc" aria-label={t('portal.map.contents')}>
            <h2 className="pt-toc__title">{t('portal.map.contents')}</h2>
            <ol>
              <li>
                <a href="#passport">{t('editor:passport.title')}</a>
              </li>
              {doc.sectors.map((s, i) => (
                <li key={s.id}>
                  <a href={`#${sectorAnchor(s)}`}>
                    {i + 1}. <LocalText text={s.name} fallback={t('editor:sector.unnamed')} />
                  </a>
                </li>
              ))}
              {doc.sectors.length > 0 && (
                <li>
                  <a href="#gantt">{t('editor:nav.gantt')}</a>
                </li>
              )}
              <li>
                <a href="#history">{t('portal.history.title')}</a>
              </li>
            </ol>
          </nav>
          <MapView
            mapId={map.id}
            number={shown.number}
            doc={doc}
            organisation={map.organisation.name}
            references={references}
          />
        </>
      )}
      <History map={map} shown={shown.number} names={names} />
    </div>
  );
}

function VersionStatus({ v }: { v: PublicVersion }) {
  const { t } = useTranslation();
  return v.status === 'published' ? (
    <Tag color="success" className="dtm-tag">
      {t('portal.map.inForce')}
    </Tag>
  ) : (
    <Tag className="dtm-tag">{t('portal.map.superseded')}</Tag>
  );
}

function Ground({ ground }: { ground: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (ground === null) return <span className="pt-muted">{t('portal.history.original')}</span>;
  const info = AMENDMENT_GROUNDS.find((g) => g.ground === ground);
  return (
    <>
      <div className="pt-muted pt-small">{t('portal.history.groundPoint', { n: ground })}</div>
      {info ? <div>{info.title[locale] || info.title.ru}</div> : null}
    </>
  );
}

/** The published versions (R.41–R.42) and the comparison of any two of them. */
function History({ map, shown, names }: { map: PublicMap; shown: number; names: ReferenceNames }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as PortalMapSearch;
  const numbers = map.versions.map((v) => v.number);
  const valid = (n: number | undefined) => (n !== undefined && numbers.includes(n) ? n : undefined);
  const compared = { from: valid(search.from), to: valid(search.to) };
  const latest = numbers[numbers.length - 1];
  const [from, setFrom] = useState<number | undefined>(compared.from ?? numbers[numbers.length - 2]);
  const [to, setTo] = useState<number | undefined>(compared.to ?? latest);
  const [problem, setProblem] = useState<string | null>(null);
  const options = map.versions.map((v) => ({ value: v.number, label: t('portal.version', { n: v.number }) }));

  const compare = () => {
    if (from === undefined || to === undefined || from === to) {
      setProblem(t('portal.compare.same'));
      return;
    }
    setProblem(null);
    const [a, b] = from < to ? [from, to] : [to, from];
    void navigate({
      to: '/portal/maps/$mapId',
      params: { mapId: map.id },
      search: { ...search, from: a, to: b },
      resetScroll: false,
    });
  };

  return (
    <section className="pt-section" id="history">
      <h2 id="history-h" className="pt-h2">
        {t('portal.history.title')}
      </h2>
      <p className="pt-help">{t('portal.history.help')}</p>
      <ScrollArea label={t('portal.history.title')}>
        <table className="pt-table pt-history">
          <caption className="dtm-sr-only">{t('portal.history.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portal.history.col.version')}</th>
              <th scope="col">{t('portal.history.col.status')}</th>
              <th scope="col">{t('portal.history.col.approved')}</th>
              <th scope="col">{t('portal.history.col.published')}</th>
              <th scope="col">{t('portal.history.col.ground')}</th>
            </tr>
          </thead>
          <tbody>
            {[...map.versions].reverse().map((v) => (
              <tr key={v.number} className={v.number === shown ? 'pt-history--shown' : undefined}>
                <th scope="row" className="dtm-nowrap">
                  {v.number === shown ? (
                    <span aria-current="page">
                      {t('portal.version', { n: v.number })}{' '}
                      <span className="pt-muted pt-small">({t('portal.history.shown')})</span>
                    </span>
                  ) : (
                    <Link
                      to="/portal/maps/$mapId"
                      params={{ mapId: map.id }}
                      search={v.status === 'published' ? {} : { v: v.number }}
                    >
                      {t('portal.version', { n: v.number })}
                    </Link>
                  )}
                </th>
                <td>
                  <VersionStatus v={v} />
                </td>
                <td className="dtm-nowrap">{formatDate(v.approvedOn, locale) || '—'}</td>
                <td className="dtm-nowrap">{formatDate(v.publishedOn, locale) || '—'}</td>
                <td>
                  <Ground ground={v.amendmentGround} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>

      <h3 className="pt-h3">{t('portal.compare.title')}</h3>
      {numbers.length < 2 ? (
        <p className="pt-help">{t('portal.compare.onlyOne')}</p>
      ) : (
        <>
          <form
            className="pt-compare"
            onSubmit={(e) => {
              e.preventDefault();
              compare();
            }}
          >
            <div className="pt-compare__field">
              <span>{t('portal.compare.from')}</span>
              <Select<number>
                value={from}
                options={options}
                onChange={setFrom}
                aria-label={t('portal.compare.from')}
                className="pt-compare__select"
              />
            </div>
            <span aria-hidden="true" className="pt-compare__arrow">
              →
            </span>
            <div className="pt-compare__field">
              <span>{t('portal.compare.to')}</span>
              <Select<number>
                value={to}
                options={options}
                onChange={setTo}
                aria-label={t('portal.compare.to')}
                className="pt-compare__select"
              />
            </div>
            <Button type="primary" htmlType="submit">
              {t('portal.compare.submit')}
            </Button>
          </form>
          {problem ? (
            <p className="pt-error" role="alert">
              {problem}
            </p>
          ) : null}
          {compared.from !== undefined && compared.to !== undefined && compared.from !== compared.to ? (
            <Redline mapId={map.id} from={compared.from} to={compared.to} names={names} />
          ) : null}
        </>
      )}
    </section>
  );
}
