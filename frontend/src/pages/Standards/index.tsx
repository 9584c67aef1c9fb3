import { Card, Col, Empty, Radio, Row, Select, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { catalogApi, unwrap } from '../../api/client';
import type { Baseline, BaselineItem, Domain, Standard, StandardItem } from '../../api/types';
import { elementColumns, scrollWidth } from '../../catalog/elementColumns';
import { useDomains } from '../../catalog/useDomains';
import LoadMoreFooter from '../../components/LoadMoreFooter';
import { useApiError } from '../../hooks/useApiError';
import { useCursorList } from '../../hooks/useCursorList';
import { t } from '../../i18n';
import { formatDateTime } from '../../utils/datetime';

/** Reference lists are small: one request of the largest page usually holds them all. */
const REFERENCE_PAGE = 200;

function DomainList({
  domains,
  loading,
  selected,
  onSelect,
}: {
  domains: Domain[];
  loading: boolean;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const columns: TableColumnsType<Domain> = [
    { title: t('standards.domain.code'), dataIndex: 'code', key: 'code', width: 64 },
    {
      title: t('standards.domain.name'),
      key: 'name',
      render: (_, domain) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Typography.Text strong={domain.code === selected}>{domain.name}</Typography.Text>
            {!domain.active && <Tag>{t('standards.domain.inactive')}</Tag>}
          </Space>
          {domain.national_name && domain.national_name !== domain.name && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('standards.domain.nationalName')}：{domain.national_name}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<Domain>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={domains}
      loading={loading}
      pagination={false}
      scroll={{ y: 640 }}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: selected ? [selected] : [],
        onChange: (keys) => {
          const code = keys[0];
          if (typeof code === 'string') onSelect(code);
        },
        columnWidth: 32,
      }}
      onRow={(domain) => ({ onClick: () => onSelect(domain.code), style: { cursor: 'pointer' } })}
    />
  );
}

function StandardItems({ standard }: { standard: Standard }) {
  const showError = useApiError();
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      unwrap(
        catalogApi.GET('/standards/{standard_id}/items', {
          params: { path: { standard_id: standard.id }, query: { limit: REFERENCE_PAGE, cursor } },
        }),
      ),
    [standard.id],
  );
  const list = useCursorList<StandardItem>(standard.id, fetchPage, showError);
  const columns: TableColumnsType<StandardItem> = [
    { title: t('element.seq'), dataIndex: 'seq', key: 'seq', width: 64, fixed: 'left' },
    ...elementColumns<StandardItem>(),
  ];
  return (
    <Table<StandardItem>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={list.items}
      loading={list.loading}
      pagination={false}
      scroll={{ x: scrollWidth(columns) }}
      tableLayout="fixed"
      sticky
      footer={() => (
        <LoadMoreFooter
          count={list.items.length}
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
        />
      )}
    />
  );
}

function DomainStandards({ domain }: { domain: Domain }) {
  const showError = useApiError();
  const [standards, setStandards] = useState<Standard[] | null>(null);
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setStandards(null);
    unwrap(catalogApi.GET('/standards', { params: { query: { domain_code: domain.code } } }))
      .then((list) => {
        if (cancelled) return;
        setStandards(list);
        setCurrent((list.find((s) => s.status === 'current') ?? list[0])?.id ?? null);
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setStandards([]);
          showError(error);
        }
      });
    return () => {
      cancelled = true;
    };
    // showError is deliberately not a dependency: a new callback is no reason to refetch.
  }, [domain.code]);

  const standard = standards?.find((s) => s.id === current) ?? null;
  return (
    <Card
      size="small"
      loading={standards === null}
      title={
        <Space>
          {domain.name}
          {domain.national_name && domain.national_name !== domain.name && (
            <Typography.Text type="secondary">（{domain.national_name}）</Typography.Text>
          )}
        </Space>
      }
      extra={
        standards && standards.length > 1 ? (
          <Select
            style={{ width: 320 }}
            value={current ?? undefined}
            onChange={(id: string) => setCurrent(id)}
            options={standards.map((s) => ({ value: s.id, label: `${s.title}（${s.revision}）` }))}
          />
        ) : null
      }
    >
      {standard ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong>{standard.title}</Typography.Text>
            <Tag>
              {t('standards.standard.issuer')}：{standard.issuer}
            </Tag>
            <Tag>
              {t('standards.standard.revision')}：{standard.revision}
            </Tag>
            {standard.issued_on && (
              <Tag>
                {t('standards.standard.issuedOn')}：{formatDateTime(standard.issued_on, 'YYYY-MM-DD')}
              </Tag>
            )}
          </Space>
          <StandardItems standard={standard} />
        </Space>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('standards.noStandard')} />
      )}
    </Card>
  );
}

function baselineLabel(baseline: Baseline): string {
  const level =
    baseline.level === 'county'
      ? t('standards.baseline.level.county')
      : baseline.level === 'township'
        ? t('standards.baseline.level.township')
        : baseline.level;
  return `${level} · ${baseline.title}（${baseline.revision}）`;
}

function Baselines({ domains }: { domains: Domain[] }) {
  const showError = useApiError();
  const [baselines, setBaselines] = useState<Baseline[] | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [domainFilter, setDomainFilter] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    unwrap(catalogApi.GET('/baselines'))
      .then((list) => {
        if (cancelled) return;
        setBaselines(list);
        setCurrent(list[0]?.id ?? null);
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setBaselines([]);
          showError(error);
        }
      });
    return () => {
      cancelled = true;
    };
    // showError is deliberately not a dependency: a new callback is no reason to refetch.
  }, []);

  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      unwrap(
        catalogApi.GET('/baselines/{baseline_id}/items', {
          params: { path: { baseline_id: current ?? '' }, query: { limit: REFERENCE_PAGE, cursor } },
        }),
      ),
    [current],
  );
  const list = useCursorList<BaselineItem>(current, fetchPage, showError);
  const names = new Map(domains.map((d) => [d.code, d.name]));
  const items = domainFilter ? list.items.filter((item) => item.domain_code === domainFilter) : list.items;
  const columns: TableColumnsType<BaselineItem> = [
    { title: t('element.seq'), dataIndex: 'seq', key: 'seq', width: 64, fixed: 'left' },
    {
      title: t('element.domain'),
      key: 'domain',
      width: 120,
      fixed: 'left',
      render: (_, item) => names.get(item.domain_code) ?? item.domain_code,
    },
    ...elementColumns<BaselineItem>(),
  ];

  if (baselines !== null && baselines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Radio.Group
          optionType="button"
          value={current ?? undefined}
          onChange={(e) => {
            setCurrent(e.target.value as string);
            setDomainFilter(null);
          }}
          options={(baselines ?? []).map((b) => ({ value: b.id, label: baselineLabel(b) }))}
        />
        <Select
          aria-label={t('standards.filterDomain')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          placeholder={t('standards.filterDomain')}
          value={domainFilter ?? undefined}
          onChange={(code?: string) => setDomainFilter(code ?? null)}
          options={domains.map((d) => ({ value: d.code, label: d.name }))}
        />
      </Space>
      <Table<BaselineItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={list.loading || baselines === null}
        pagination={false}
        scroll={{ x: scrollWidth(columns) }}
        tableLayout="fixed"
        sticky
        footer={() => (
          <LoadMoreFooter
            count={list.items.length}
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onLoadMore={() => void list.loadMore()}
          />
        )}
      />
    </Space>
  );
}

/** 领域与标准: the 26 pilot domains with their national standards, and the provincial baselines. */
export default function StandardsPage() {
  const showError = useApiError();
  const { domains, loading } = useDomains(showError);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'baselines' ? 'baselines' : 'standards';
  const selectedCode = params.get('domain') ?? domains[0]?.code ?? null;
  const selected = domains.find((d) => d.code === selectedCode) ?? null;

  const setParam = (key: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Card title={t('standards.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam('tab', key)}
        items={[
          {
            key: 'standards',
            label: t('standards.tab.standards'),
            children: (
              <Row gutter={16}>
                <Col xs={24} lg={7}>
                  <Card size="small" title={t('standards.domains')} styles={{ body: { padding: 0 } }}>
                    <DomainList
                      domains={domains}
                      loading={loading}
                      selected={selected?.code ?? null}
                      onSelect={(code) => setParam('domain', code)}
                    />
                  </Card>
                </Col>
                <Col xs={24} lg={17}>
                  {selected ? (
                    <DomainStandards key={selected.code} domain={selected} />
                  ) : (
                    <Empty description={loading ? undefined : t('standards.pickDomain')} />
                  )}
                </Col>
              </Row>
            ),
          },
          { key: 'baselines', label: t('standards.tab.baselines'), children: <Baselines domains={domains} /> },
        ]}
      />
    </Card>
  );
}
