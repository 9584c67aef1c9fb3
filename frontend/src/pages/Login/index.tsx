import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/CurrentUserProvider';
import { login } from '../../auth/session';
import { useApiError } from '../../hooks/useApiError';
import { t } from '../../i18n';
import { HOME_PATH } from '../../routes';

interface LoginValues {
  username: string;
  password: string;
}

export default function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const { loggedIn } = useCurrentUser();
  const showError = useApiError();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from !== '/login' ? from : HOME_PATH;

  if (loggedIn && !submitting) return <Navigate to={target} replace />;

  const onFinish = async ({ username, password }: LoginValues) => {
    setSubmitting(true);
    try {
      await login(username.trim(), password);
      navigate(target, { replace: true });
    } catch (error) {
      showError(error, { instance: form, fields: ['username', 'password'] });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(180deg, #fdf3f2 0%, #f5f5f5 100%)',
      }}
    >
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.subtitle')}
        </Typography.Paragraph>
        <Form<LoginValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.username.required') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" placeholder={t('login.username')} />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('login.password')} />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('login.submit')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}
