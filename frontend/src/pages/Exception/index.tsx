import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { t } from '../../i18n';
import { HOME_PATH } from '../../routes';

export function Forbidden() {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('exception.403')}
      extra={<Button type="primary" onClick={() => navigate(HOME_PATH)}>{t('exception.backHome')}</Button>}
    />
  );
}

export function NotFound() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('exception.404')}
      extra={<Button type="primary" onClick={() => navigate(HOME_PATH)}>{t('exception.backHome')}</Button>}
    />
  );
}
