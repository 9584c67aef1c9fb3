import { Button, Space, Typography } from 'antd';
import { t } from '../i18n';

/** The "加载更多" control under a cursor-paginated table. */
export default function LoadMoreFooter({
  count,
  hasMore,
  loading,
  onLoadMore,
}: {
  count: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  return (
    <Space style={{ width: '100%', justifyContent: 'center' }}>
      <Typography.Text type="secondary">{t('common.loaded', { count })}</Typography.Text>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Space>
  );
}
