import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { Alert, Button } from 'antd';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionOut } from '../../../api/maps.ts';
import type { SectionKind } from '../../../domain/auth/policy.ts';
import { pickText } from '../../../domain/locale.ts';
import type { Finding } from '../../../domain/map/map.findings.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import type { SectionKey } from '../../../domain/map/map.sections.ts';
import { validateMap } from '../../../domain/map/map.validate.ts';
import { formatDateTime } from '../../components/ui/format.ts';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useMapVersions, useReviewFindings } from '../review/api.ts';
import { countOpen, openRemarksByPage } from '../review/remarks.logic.ts';
import { RemarksPanel } from '../review/remarks-panel.tsx';
import '../review/review.css';
import { WorkflowBar } from '../review/workflow-bar.tsx';
import { ConflictModal } from './conflict-modal.tsx';
import { focusPath } from './dom-focus.ts';
import { type EditorContextValue, EditorProvider, type FieldMessage } from './editor-context.tsx';
import { EditorNav } from './editor-nav.tsx';
import {
  blockingCountByPage,
  type EditorPageRef,
  pageOfFinding,
  pageParam,
  parsePageParam,
  samePage,
} from './editor-pages.ts';
import { EditorTopbar } from './editor-topbar.tsx';
import { findingLocales, indexByPath, issuePathToDocPath, type JsonPath } from './field-paths.ts';
import { MapExcelBar, type MapImportOut } from './map-excel-bar.tsx';
import { PageContent } from './page-content.tsx';
import { pageTitle, sectorTitle } from './page-titles.ts';
import { sectionStatus } from './section-save.logic.ts';
import { versionUrl } from './use-map-version.ts';
import { useMapEditor } from './use-section-save.ts';

const NO_FINDINGS: Finding[] = [];

/** False until the browser has painted a frame after the first render (a frame, then a task). */
function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const done = () => setPainted(true);
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(done, 0);
    });
    // A hidden page gets no frames: check the map anyway.
    const fallback = window.setTimeout(done, 1000);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, []);
  return painted;
}

const kindOf = (key: SectionKey): SectionKind =>
  key.startsWith('sector:') ? 'sector' : (key as SectionKind);

/** The editor once the version is loaded: top bar, navigation, the page, conflicts and restores. */
export function EditorBody(props: {
  version: VersionOut;
  pageParam: string | undefined;
  references: EditorContextValue['references'];
  /** Starts the editor over from the stored version (after an Excel import, or to take others' changes). */
  onReload: (imported?: MapImportOut) => void;
  /** The result of the Excel import this editor was started over after, to confirm it. */
  imported?: MapImportOut | null;
}) {
  const { t } = useTranslation('editor');
  const locale = useLocale();
  const navigate = useNavigate();
  const hash = useLocation({ select: (l) => l.hash });
  const { version } = props;
  const editor = useMapEditor(version);
  const { doc, state } = editor;
  const page = parsePageParam(props.pageParam);
  const mapId = version.map.id;
  const number = version.version.number;

  // The server decides: no 'edit' action, or a section kind not listed, means read-only.
  const canEdit = version.allowedActions.includes('edit');
  const editable = useCallback(
    (kind: SectionKind) => canEdit && version.editableSections.includes(kind),
    [canEdit, version.editableSections],
  );

  // Findings are computed live from the local document; deferred so typing never waits for them.
  // The first check of the whole map waits until the page has been painted once (null until then):
  // a deferred render may still run before the browser's next frame, and the check takes tens of ms.
  const painted = usePaintedOnce();
  const checkedDoc = useDeferredValue<MapDocument | null>(painted ? doc : null, null);
  const findingsPending = checkedDoc === null;
  const checked = checkedDoc ?? doc;
  const findings = useMemo(() => (checkedDoc ? validateMap(checkedDoc) : NO_FINDINGS), [checkedDoc]);
  const counts = useMemo(() => blockingCountByPage(findings, checked), [findings, checked]);
  const blocking = findings.filter((f) => f.severity === 'blocking').length;

  const messages = useMemo(() => {
    const list: (FieldMessage & { path: JsonPath })[] = [];
    if (page)
      for (const f of findings)
        if (samePage(pageOfFinding(f, checked), page))
          list.push({
            path: f.path,
            severity: f.severity,
            code: f.code,
            text: t(`findings:${f.code}`, f.params ?? {}),
            locales: findingLocales(f),
          });
    // A refused save (400) names its fields: show them where findings would be.
    for (const [key, s] of Object.entries(state.sections)) {
      if (s.error?.kind !== 'invalid') continue;
      for (const issue of s.error.issues) {
        const path = issuePathToDocPath(key as SectionKey, issue.path, checked);
        if (path)
          list.push({ path, severity: 'blocking', code: 'save.invalid', text: issue.message, locales: [] });
      }
    }
    return indexByPath(list);
  }, [findings, checked, page, state.sections, t]);

  // The review's remarks (R.23) and the map's versions, for the workflow bar, the panel and the badges.
  const remarks = useReviewFindings(mapId, number);
  const versions = useMapVersions(mapId);
  const remarkList = remarks.data ?? [];
  const openRemarks = countOpen(remarkList);
  const remarkCounts = useMemo(() => openRemarksByPage(remarkList, checked), [remarkList, checked]);
  // A saved draft changes every redline it is part of ("what changed since" under the remarks).
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state.savedAt) void queryClient.invalidateQueries({ queryKey: ['map-diff', mapId] });
  }, [state.savedAt, queryClient, mapId]);
  const canAddRemark = version.allowedActions.includes('add_finding');
  const [panelChoice, setPanelChoice] = useState<boolean | null>(null);
  const remarksAvailable = canAddRemark || remarkList.length > 0;
  // Open by default while the review runs or its remarks are being worked on; on request after.
  const inReview = ['draft', 'under_review', 'returned'].includes(version.version.status);
  const panelShown = remarksAvailable && (panelChoice ?? (canAddRemark || (inReview && openRemarks > 0)));

  /** Opens the remarks panel and moves the focus there, so a keyboard user lands in it. */
  const showRemarks = useCallback(() => {
    setPanelChoice(true);
    window.setTimeout(() => document.getElementById('rv-panel')?.focus(), 50);
  }, []);

  const highlight = hash ? decodeURIComponent(hash) : null;
  const ctx: EditorContextValue = {
    mapId,
    number,
    doc,
    locale,
    messages,
    highlight,
    references: props.references,
    allFindings: findings,
    findingsPending,
    version,
  };

  // Save what is pending whenever the user leaves a page; bring the linked field into view.
  const currentParam = page ? pageParam(page) : props.pageParam;
  const { flush } = editor;
  useEffect(() => {
    if (currentParam !== undefined || highlight) window.scrollTo({ top: 0 });
    return () => flush();
  }, [currentParam, flush, highlight]);
  useEffect(() => {
    if (!highlight) return;
    const id = window.setTimeout(() => focusPath(highlight, true), 120);
    return () => window.clearTimeout(id);
  }, [highlight]);
  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', hidden);
    return () => document.removeEventListener('visibilitychange', hidden);
  }, [flush]);

  const title = pickText(doc.passport.title, locale);
  const organisationName = pickText(version.map.organisation.name, locale);
  useDocumentTitle(page ? `${pageTitle(page, doc, t)} — ${title || organisationName}` : title);

  const goTo = (p: EditorPageRef) =>
    void navigate({
      to: '/maps/$mapId/v/$number/$page',
      params: { mapId, number: String(number), page: pageParam(p) },
    });
  const sectorOps = editable('sector')
    ? {
        add: () => goTo({ kind: 'sector', sectorId: editor.addSector(), sub: 'description' }),
        remove: (id: string) => {
          void editor.removeSector(id);
          if (page?.kind === 'sector' && page.sectorId === id) goTo({ kind: 'passport' });
        },
        move: (id: string, delta: number) => void editor.moveSector(id, delta),
      }
    : undefined;
  const busySectors = new Set(
    state.order.filter((id) => sectionStatus(state.sections[`sector:${id}`]) === 'saving'),
  );

  const conflictKey = (Object.keys(state.sections) as SectionKey[]).find((k) => state.sections[k].conflict);
  const sectionLabel = (key: SectionKey) =>
    key === 'passport'
      ? t('nav.passport')
      : key === 'attachments'
        ? t('nav.attachments')
        : sectorTitle(doc, key.slice('sector:'.length), t, locale);
  const saveError = Object.values(state.sections).find((s) => s.error)?.error?.message ?? null;
  // The document's revision as this editor knows it: every save of a section returns the new one.
  const knownRevision = Math.max(
    version.version.revision,
    ...Object.values(state.sections).map((s) => s.revision),
  );
  const canImport = editable('sector');

  return (
    <EditorProvider value={ctx}>
      <div className="ed-root">
        <EditorTopbar
          title={title}
          organisation={organisationName}
          versionNumber={number}
          saveStatus={editor.status}
          savedAt={state.savedAt}
          saveError={saveError}
          blocking={blocking}
          warnings={findings.length - blocking}
          findingsPending={findingsPending}
          downloadUrl={`${versionUrl(mapId, number)}/document`}
          readOnly={!canEdit}
          locale={locale}
        />
        <WorkflowBar
          version={version}
          locale={locale}
          versions={versions.data?.versions}
          openRemarks={openRemarks}
          remarks={{
            shown: panelShown,
            available: remarksAvailable,
            toggle: () => setPanelChoice(!panelShown),
            show: showRemarks,
          }}
          saveStatus={editor.status}
          flush={flush}
          pageParam={props.pageParam}
        />
        <MapExcelBar
          mapId={mapId}
          number={number}
          locale={locale}
          baseRevision={canImport ? knownRevision : null}
          blocked={editor.status === 'saved' ? null : t('excel.unsaved')}
          onImported={props.onReload}
          onReload={() => props.onReload()}
        />
        {props.imported && (
          <Alert
            className="ed-banner"
            type="success"
            showIcon
            closable
            title={
              props.imported.changed.length
                ? t('excel.imported', { n: props.imported.changed.length })
                : t('excel.importedNoChange')
            }
          />
        )}
        {/* A frozen version says so by its status; a draft the user may not edit needs the reason. */}
        {!canEdit && version.version.status === 'draft' && (
          <Alert className="ed-banner" type="info" showIcon title={t('readOnly.banner')} />
        )}
        {editor.restoreOffer.length > 0 && (
          <Alert
            className="ed-banner"
            type="warning"
            showIcon
            title={t('restore.title')}
            description={t('restore.text', {
              sections: editor.restoreOffer.map((d) => sectionLabel(d.key)).join(', '),
              time: formatDateTime(editor.restoreOffer[0].at, locale),
            })}
            action={
              <div className="ed-banner-actions">
                <Button size="small" type="primary" onClick={editor.acceptRestore}>
                  {t('restore.accept')}
                </Button>
                <Button size="small" onClick={editor.discardRestore}>
                  {t('restore.discard')}
                </Button>
              </div>
            }
          />
        )}
        {editor.opError && (
          <Alert
            className="ed-banner"
            type="error"
            showIcon
            title={editor.opError}
            closable={{ onClose: editor.clearOpError }}
          />
        )}
        <div className={panelShown ? 'ed-body has-panel' : 'ed-body'}>
          <EditorNav
            current={page ?? { kind: 'passport' }}
            counts={counts}
            remarkCounts={remarkCounts}
            openRemarks={openRemarks}
            onShowRemarks={remarksAvailable ? showRemarks : undefined}
            sectorOps={sectorOps}
            busySectors={busySectors}
          />
          <section className="ed-main" aria-label={page ? pageTitle(page, doc, t) : undefined} onBlur={flush}>
            <PageContent
              page={page}
              organisationName={organisationName}
              onAddSector={sectorOps?.add}
              update={<T,>(key: SectionKey) =>
                editable(kindOf(key)) ? (fn: (v: T) => T) => editor.update<T>(key, fn) : undefined
              }
            />
          </section>
          {panelShown && (
            <RemarksPanel
              remarks={remarks}
              page={page ?? { kind: 'passport' }}
              version={version}
              onClose={() => setPanelChoice(false)}
            />
          )}
        </div>
        {conflictKey && state.sections[conflictKey].conflict && (
          <ConflictModal
            sectionKey={conflictKey}
            doc={doc}
            sectionLabel={sectionLabel(conflictKey)}
            conflict={state.sections[conflictKey].conflict}
            mine={state.sections[conflictKey].local}
            base={state.sections[conflictKey].saved}
            locale={locale}
            onMerge={(merged) => editor.resolveConflict(conflictKey, { merged })}
            onKeepMine={() => editor.resolveConflict(conflictKey, 'mine')}
            onTakeTheirs={() => editor.resolveConflict(conflictKey, 'theirs')}
          />
        )}
      </div>
    </EditorProvider>
  );
}
