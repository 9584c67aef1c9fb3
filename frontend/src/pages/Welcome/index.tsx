import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { roleLabel } from '../../access';
import { tokenStore } from '../../api/tokens';
import { useCurrentUser } from '../../auth/CurrentUserProvider';
import { t } from '../../i18n';
import { formatDateTime } from '../../utils/datetime';

function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** 工作台: who you are, which tenant you work for, and your roles. */
export default function WelcomePage() {
  const { user } = useCurrentUser();
  const now = useNow();
  if (!user) return null;
  const tenant = user.tenant;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('welcome.title')}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('welcome.greeting', { name: user.display_name })}
        </Typography.Title>
        <Descriptions column={1} bordered size="middle">
          <Descriptions.Item label={t('user.username')}>{user.username}</Descriptions.Item>
          <Descriptions.Item label={t('welcome.tenant')}>
            {tenant ? tenant.name : t('welcome.noTenant')}
          </Descriptions.Item>
          <Descriptions.Item label={t('welcome.divisionCode')}>
            {tenant?.division_code ?? user.division_code ?? '-'}
          </Descriptions.Item>
          {tenant && (
            <Descriptions.Item label={t('welcome.level')}>
              {tenant.level === 'county' ? t('level.county') : t('level.township')}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('welcome.roles')}>
            {user.roles.length === 0
              ? '-'
              : user.roles.map((role) => (
                  <Tag key={role} color="blue">
                    {roleLabel(role)}
                  </Tag>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('welcome.loginAt')}>{formatDateTime(tokenStore.loginAt())}</Descriptions.Item>
          <Descriptions.Item label={t('welcome.now')}>{formatDateTime(now)}（北京时间）</Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
