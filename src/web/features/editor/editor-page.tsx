import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Button, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { EditorBody } from './editor-body.tsx';
import type { MapImportOut } from './map-excel-bar.tsx';
import { useMapVersion, useReference, versionQueryKey } from './use-map-version.ts';
import './editor.css';
import './editor-fields.css';
import './editor-tables.css';

/**
 * The map editor (routes /maps/$mapId/v/$number[/$page]): loads the version and the reference
 * tables, then hands over to the editor body, which keeps its own copy of the map from then on.
 */
export function EditorPage() {
  const { t } = useTranslation('editor');
  const params = useParams({ strict: false }) as { mapId?: string; number?: string; page?: string };
  const mapId = params.mapId ?? '';
  const number = Number(params.number);
  const version = useMapVersion(mapId, number);
  const services = useReference('public-services');
  const systems = useReference('information-systems');
  const documents = useReference('planning-documents');
  const qc = useQueryClient();
  // Each reload starts a fresh editor on the stored version; an import brings that version along.
  const [reload, setReload] = useState<{ n: number; imported: MapImportOut | null }>({
    n: 0,
    imported: null,
  });
  const onReload = async (imported?: MapImportOut) => {
    if (imported) qc.setQueryData(versionQueryKey(mapId, number), imported.version);
    else await qc.refetchQueries({ queryKey: versionQueryKey(mapId, number), exact: true });
    setReload((r) => ({ n: r.n + 1, imported: imported ?? null }));
  };

  if (version.isError) {
    const e = version.error;
    const notFound = e instanceof ApiError && e.status === 404;
    return (
      <div className="ed-center">
        <Alert
          type="error"
          showIcon
          title={notFound ? t('load.notFound') : t('load.failed')}
          description={e instanceof ApiError ? e.body.message : String(e)}
          action={!notFound && <Button onClick={() => void version.refetch()}>{t('load.retry')}</Button>}
        />
      </div>
    );
  }
  if (!version.data) {
    // The app's centred spinner (app/route-pending.tsx): the page's code, then its data, without a jump.
    return (
      <div className="dtm-center">
        <Spin aria-label={t('load.loading')} />
      </div>
    );
  }
  return (
    <EditorBody
      // A new version (or map) starts a new local copy; so does a step of the life cycle
      // (a submitted version is frozen, its editing state is void).
      key={`${version.data.map.id}/${version.data.version.number}/${version.data.version.status}/${reload.n}`}
      version={version.data}
      onReload={(imported) => void onReload(imported)}
      imported={reload.imported}
      pageParam={params.page}
      references={{
        publicServices: services.data ?? [],
        informationSystems: systems.data ?? [],
        planningDocuments: documents.data ?? [],
      }}
    />
  );
}
