import { PlusOutlined, ReloadOutlined, SendOutlined, TeamOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { catalogApi, unwrap } from '../../api/client';
import type { CatalogItem, CatalogVersion, Level, Mode } from '../../api/types';
import { ellipsisColumn, elementColumns, scrollWidth } from '../../catalog/elementColumns';
import { LEVELS, MODES, SOURCE_COLORS, SOURCE_LABELS, timeLimitText, VERSION_STATUS_LABELS } from '../../catalog/elements';
import { publishProblems, type PublishProblem } from '../../catalog/problems';
import { useCatalogPage } from '../../catalog/useCatalogPage';
import { useDomains } from '../../catalog/useDomains';
import VersionStatusTag from '../../catalog/VersionStatusTag';
import LoadMoreFooter from '../../components/LoadMoreFooter';
import PickTenantFirst from '../../components/PickTenantFirst';
import { useCursorList } from '../../hooks/useCursorList';
import { useOrgUnitLookup } from '../../hooks/useOrgUnitLookup';
import { t } from '../../i18n';
import BulkAssignModal from './BulkAssignModal';
import ItemFormDrawer from './ItemFormDrawer';
import NewDraftModal from './NewDraftModal';
import PublishProblems from './PublishProblems';
import RemoveItemModal from './RemoveItemModal';
import VersionsTable from './VersionsTable';

/** Items per request (the API allows up to 200). */
const ITEMS_PAGE = 100;
const ITEM_PARAM = 'item';

interface Filters {
  domain_code?: string;
  mode?: Mode;
  level?: Level;
  org_unit_id?: string;
  needs_review: boolean;
}

const NO_FILTERS: Filters = { needs_review: false };

/** 标准目录: the tenant's catalog versions and the items of the selected one. */
export default function CatalogItemsPage() {
  const { tenant, tenantId, canEdit, editable, versions, version, select, params, showError } = useCatalogPage();
  const { message, modal } = App.useApp();
  const { domains } = useDomains(showError);
  const orgUnits = useOrgUnitLookup(tenantId, showError);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selectedKeys, setSelectedKeys] = useState<string[]>([]);
  const [drawer, setDrawer] = useState<{ item: CatalogItem | null } | null>(null);
  const [removing, setRemoving] = useState<CatalogItem | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [newDraftOpen, setNewDraftOpen] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [problems, setProblems] = useState<{ versionId: string; problems: PublishProblem[] } | null>(null);
  const versionId = version?.id ?? null;
  const draft = versions.versions.find((v) => v.status === 'draft') ?? null;
  const published = versions.versions.find((v) => v.status === 'published') ?? null;

  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      unwrap(
        catalogApi.GET('/tenants/{tenant_id}/catalog/versions/{version_id}/items', {
          params: {
            path: { tenant_id: tenantId ?? '', version_id: versionId ?? '' },
            query: {
              limit: ITEMS_PAGE,
              cursor,
              domain_code: filters.domain_code,
              mode: filters.mode,
              level: filters.level,
              org_unit_id: filters.org_unit_id,
              needs_review: filters.needs_review ? true : undefined,
            },
          },
        }),
      ),
    [tenantId, versionId, filters],
  );
  const listKey = tenantId && versionId ? `${tenantId}|${versionId}|${JSON.stringify(filters)}` : null;
  const list = useCursorList<CatalogItem>(listKey, fetchPage, showError);

  useEffect(() => {
    setSelectedKeys([]);
    setFilters(NO_FILTERS);
  }, [versionId]);

  // ?item=<id> opens that item (the links of the publish check point here).
  const itemParam = params.get(ITEM_PARAM);
  useEffect(() => {
    if (!itemParam || !tenantId || !versionId) return;
    let cancelled = false;
    unwrap(
      catalogApi.GET('/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}', {
        params: { path: { tenant_id: tenantId, version_id: versionId, item_id: itemParam } },
      }),
    )
      .then((item) => {
        if (!cancelled) setDrawer({ item });
      })
      .catch((error: unknown) => {
        if (!cancelled) showError(error);
      });
    return () => {
      cancelled = true;
    };
    // showError is deliberately not a dependency: a new callback is no reason to refetch.
  }, [itemParam, tenantId, versionId]);

  const closeDrawer = () => {
    setDrawer(null);
    if (itemParam) select(versionId, { [ITEM_PARAM]: null });
  };

  const afterCountChange = () => {
    void versions.reload();
  };

  const confirmManual = async (item: CatalogItem) => {
    if (!tenantId || !versionId) return;
    try {
      const saved = await unwrap(
        catalogApi.PATCH('/tenants/{tenant_id}/catalog/versions/{version_id}/items/{item_id}', {
          params: { path: { tenant_id: tenantId, version_id: versionId, item_id: item.id } },
          body: { time_limit_manual: true, version: item.version },
        }),
      );
      if (filters.needs_review && !saved.needs_review) list.remove(saved.id);
      else list.upsert(saved);
      void message.success(t('catalog.item.confirmed'));
    } catch (error) {
      showError(error);
    }
  };

  const publish = async (target: CatalogVersion) => {
    if (!tenantId) return;
    setPublishing(true);
    try {
      await unwrap(
        catalogApi.POST('/tenants/{tenant_id}/catalog/versions/{version_id}:publish', {
          params: { path: { tenant_id: tenantId, version_id: target.id } },
        }),
      );
      setProblems(null);
      await versions.reload();
      void message.success(t('catalog.publish.done', { number: target.number }));
    } catch (error) {
      const found = publishProblems(error);
      if (found) setProblems({ versionId: target.id, problems: found });
      else showError(error);
    } finally {
      setPublishing(false);
    }
  };

  const confirmPublish = (target: CatalogVersion) => {
    modal.confirm({
      title: t('catalog.publish.confirmTitle', { number: target.number }),
      content: t('catalog.publish.confirmBody'),
      okText: t('catalog.publish'),
      cancelText: t('common.cancel'),
      onOk: () => publish(target),
    });
  };

  const unitNames = orgUnits.names;
  const timeLimit = {
    title: t('element.timeLimit'),
    key: 'time_limit',
    width: 220,
    render: (_: unknown, item: CatalogItem) => (
      <Space orientation="vertical" size={2}>
        <Tooltip
          title={
            <>
              <div>原文：{item.time_limit}</div>
              <div>
                {t('catalog.item.timeLimitDescription')}：{item.time_limit_description}
              </div>
            </>
          }
          placement="topLeft"
        >
          <Typography.Text style={{ maxWidth: 200 }} ellipsis>
            {timeLimitText(item)}
          </Typography.Text>
        </Tooltip>
        <Space size={4} wrap>
          {item.needs_review && <Tag color="warning">{t('catalog.item.needsReview')}</Tag>}
          {item.time_limit_manual && <Tag color="blue">{t('catalog.item.manualTag')}</Tag>}
          {item.needs_review && editable && (
            <Popconfirm
              title={t('catalog.item.confirmManual.title')}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => confirmManual(item)}
            >
              <Button type="link" size="small" style={{ padding: 0 }}>
                {t('catalog.item.confirmManual')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
    ),
  };
  const columns: TableColumnsType<CatalogItem> = [
    { title: t('element.seq'), dataIndex: 'seq', key: 'seq', width: 64, fixed: 'left' },
    { title: t('element.domain'), dataIndex: 'domain', key: 'domain', width: 110, fixed: 'left' },
    ...elementColumns<CatalogItem>({ timeLimit }),
    {
      title: t('catalog.item.source'),
      key: 'source',
      width: 100,
      render: (_, item) => (
        <Tooltip title={item.source === 'custom' ? item.custom_origin : undefined}>
          <Tag color={SOURCE_COLORS[item.source]}>{SOURCE_LABELS[item.source]}</Tag>
        </Tooltip>
      ),
    },
    ellipsisColumn<CatalogItem>(t('catalog.item.orgUnits'), 'org_units', 160, (item) =>
      item.org_unit_ids.map((id) => unitNames.get(id) ?? '?').join('、'),
    ),
    {
      title: t('common.actions'),
      key: 'actions',
      width: editable ? 120 : 70,
      fixed: 'right',
      render: (_, item) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDrawer({ item })}>
            {editable ? t('common.edit') : t('catalog.view')}
          </Button>
          {editable && (
            <Button type="link" size="small" danger onClick={() => setRemoving(item)}>
              {t('catalog.item.remove')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  if (tenantId === null) {
    return (
      <Card title={t('catalog.title')}>
        <PickTenantFirst />
      </Card>
    );
  }

  const versionProblems = problems && problems.versionId === versionId ? problems.problems : null;
  const frozen = version !== null && version.status !== 'draft';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            {t('catalog.versions')}
            {tenant && <Tag>{tenant.name}</Tag>}
            {!canEdit && <Tag color="orange">{t('common.readOnly')}</Tag>}
          </Space>
        }
        extra={
          canEdit && (
            <Tooltip title={draft ? t('catalog.newDraft.draftExists', { number: draft.number }) : undefined}>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={draft !== null || !versions.loaded}
                onClick={() => setNewDraftOpen(true)}
              >
                {t('catalog.newDraft')}
              </Button>
            </Tooltip>
          )
        }
      >
        {versions.loaded && versions.versions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.version.none')} />
        ) : (
          <VersionsTable
            versions={versions.versions}
            loading={versions.loading}
            selectedId={versionId}
            onSelect={(id) => select(id, { [ITEM_PARAM]: null })}
          />
        )}
      </Card>

      {version && (
        <Card
          title={
            <Space>
              {t('catalog.items')}
              <span>{t('catalog.version.number', { number: version.number })}</span>
              <VersionStatusTag status={version.status} />
              {!editable && <Tag color="orange">{t('common.readOnly')}</Tag>}
            </Space>
          }
          extra={
            <Space>
              <Button icon={<ReloadOutlined />} onClick={() => void list.reload()}>
                {t('common.refresh')}
              </Button>
              {editable && (
                <Button icon={<PlusOutlined />} onClick={() => setDrawer({ item: null })}>
                  {t('catalog.item.create')}
                </Button>
              )}
              {editable && (
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={publishing}
                  onClick={() => confirmPublish(version)}
                >
                  {t('catalog.publish')}
                </Button>
              )}
            </Space>
          }
        >
          {canEdit && frozen && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('catalog.version.readOnlyFrozen', {
                number: version.number,
                status: VERSION_STATUS_LABELS[version.status],
              })}
            />
          )}
          {versionProblems && (
            <PublishProblems
              problems={versionProblems}
              retrying={publishing}
              onOpenItem={(id) => select(version.id, { [ITEM_PARAM]: id })}
              onRetry={() => confirmPublish(version)}
              onClose={() => setProblems(null)}
            />
          )}
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label={t('catalog.filter.domain')}
              style={{ width: 180 }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('catalog.filter.domain')}
              value={filters.domain_code}
              onChange={(code?: string) => setFilters((f) => ({ ...f, domain_code: code }))}
              options={domains.map((d) => ({ value: d.code, label: d.name }))}
            />
            <Select
              aria-label={t('catalog.filter.mode')}
              style={{ width: 120 }}
              allowClear
              placeholder={t('catalog.filter.mode')}
              value={filters.mode}
              onChange={(mode?: Mode) => setFilters((f) => ({ ...f, mode }))}
              options={MODES.map((value) => ({ value, label: value }))}
            />
            <Select
              aria-label={t('catalog.filter.level')}
              style={{ width: 120 }}
              allowClear
              placeholder={t('catalog.filter.level')}
              value={filters.level}
              onChange={(level?: Level) => setFilters((f) => ({ ...f, level }))}
              options={LEVELS.map((value) => ({ value, label: value }))}
            />
            <Select
              aria-label={t('catalog.filter.orgUnit')}
              style={{ width: 200 }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('catalog.filter.orgUnit')}
              value={filters.org_unit_id}
              onChange={(id?: string) => setFilters((f) => ({ ...f, org_unit_id: id }))}
              options={orgUnits.orgUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
            />
            <Checkbox
              checked={filters.needs_review}
              onChange={(e) => setFilters((f) => ({ ...f, needs_review: e.target.checked }))}
            >
              {t('catalog.filter.needsReview')}
            </Checkbox>
            {editable && (
              <>
                <Typography.Text type="secondary">{t('catalog.selected', { count: selectedKeys.length })}</Typography.Text>
                <Button
                  icon={<TeamOutlined />}
                  disabled={selectedKeys.length === 0}
                  onClick={() => setBulkOpen(true)}
                >
                  {t('catalog.bulkAssign')}
                </Button>
              </>
            )}
          </Space>
          <Table<CatalogItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: scrollWidth(columns, editable ? 40 : 0) }}
            tableLayout="fixed"
            sticky
            rowSelection={
              editable
                ? {
                    selectedRowKeys: selectedKeys,
                    preserveSelectedRowKeys: true,
                    onChange: (keys) => setSelectedKeys(keys.map(String)),
                    columnWidth: 40,
                    fixed: 'left',
                  }
                : undefined
            }
            footer={() => (
              <LoadMoreFooter
                count={list.items.length}
                hasMore={list.hasMore}
                loading={list.loadingMore}
                onLoadMore={() => void list.loadMore()}
              />
            )}
          />
        </Card>
      )}

      {versionId && (
        <>
          <ItemFormDrawer
            open={drawer !== null}
            tenantId={tenantId}
            versionId={versionId}
            item={drawer?.item ?? null}
            editable={editable}
            domains={domains}
            unitNames={unitNames}
            onClose={closeDrawer}
            onSaved={(saved, created) => {
              void message.success(created ? t('common.created') : t('common.saved'));
              closeDrawer();
              if (created) {
                void list.reload();
                afterCountChange();
              } else {
                list.upsert(saved);
              }
            }}
          />
          <RemoveItemModal
            tenantId={tenantId}
            versionId={versionId}
            item={removing}
            onClose={() => setRemoving(null)}
            onRemoved={(item) => {
              void message.success(t('catalog.item.removed'));
              setRemoving(null);
              list.remove(item.id);
              setSelectedKeys((keys) => keys.filter((key) => key !== item.id));
              afterCountChange();
            }}
          />
          <BulkAssignModal
            open={bulkOpen}
            tenantId={tenantId}
            versionId={versionId}
            itemIds={selectedKeys}
            orgUnits={orgUnits.orgUnits}
            onClose={() => setBulkOpen(false)}
            onDone={(count) => {
              void message.success(t('catalog.bulkAssign.done', { count }));
              setBulkOpen(false);
              setSelectedKeys([]);
              void list.reload();
            }}
          />
        </>
      )}
      {canEdit && (
        <NewDraftModal
          open={newDraftOpen}
          tenantId={tenantId}
          published={published}
          onClose={() => setNewDraftOpen(false)}
          onCreated={(created) => {
            void message.success(t('catalog.newDraft.created', { number: created.number, count: created.item_count }));
            setNewDraftOpen(false);
            versions.upsert(created);
            select(created.id, { [ITEM_PARAM]: null });
          }}
        />
      )}
    </Space>
  );
}
