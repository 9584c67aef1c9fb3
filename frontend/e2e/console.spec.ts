// End-to-end: the console served by the backend at /console/, with the demo registry loaded
// (南明区 and 凤冈县 tenant admins). The server is started by the Makefile, not by this test.
import { expect, test, type Page } from '@playwright/test';

const PASSWORD = process.env.GONGKAI_DEMO_PASSWORD ?? 'Gongkai@2026';
const API = '/api/catalog/v1';

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/console/');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('工作台', { exact: true })).toBeVisible();
}

async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('gongkai.access_token'))).toBeNull();
}

async function openOrgUnits(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '组织机构' }).click();
  await expect(page).toHaveURL(/\/console\/org-units$/);
  await expect(page.getByText(/已加载 \d+ 条/)).toBeVisible();
}

/** Follows "加载更多" until the whole list is in the table. */
async function loadWholeList(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: '加载更多' });
  for (let i = 0; i < 50 && (await more.count()) > 0; i++) {
    await more.click();
    await expect(more.or(page.getByText('已全部加载'))).toBeVisible();
    if (await page.getByText('已全部加载').isVisible()) break;
  }
  await expect(page.getByText('已全部加载')).toBeVisible();
}

async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('gongkai.access_token'));
  expect(token).toBeTruthy();
  return token as string;
}

test('the login page is in Chinese', async ({ page }) => {
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/console\/login$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '政务公开管理平台' })).toBeVisible();
  await expect(page.getByLabel('用户名')).toBeVisible();
  await expect(page.getByLabel('密码')).toBeVisible();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
});

test('an org unit created in 南明区 is not visible to 凤冈县', async ({ page }) => {
  const name = `测试局-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

  // 南明区's tenant admin creates an org unit and sees it listed.
  await logIn(page, 'nanming_admin');
  await expect(page.getByTestId('current-tenant')).toContainText('南明区');
  const nanmingMe = await page.request.get(`${API}/auth/me`, {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
  });
  expect(nanmingMe.ok()).toBe(true);
  const nanmingTenantId = ((await nanmingMe.json()) as { tenant: { id: string } }).tenant.id;

  await openOrgUnits(page);
  await page.getByRole('button', { name: '新建组织机构' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();

  // It was stored: it is still there when the list is fetched again.
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(page.getByText(/已加载 \d+ 条/)).toBeVisible();
  await loadWholeList(page);
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();

  await logOut(page);

  // 凤冈县's tenant admin does not see it, and cannot read 南明区's list at all.
  await logIn(page, 'fenggang_admin');
  await expect(page.getByTestId('current-tenant')).toContainText('凤冈县');
  await openOrgUnits(page);
  await loadWholeList(page);
  await expect(page.getByRole('cell', { name, exact: true })).toHaveCount(0);

  const crossTenant = await page.request.get(`${API}/tenants/${nanmingTenantId}/org-units?limit=50`, {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
  });
  expect([403, 404]).toContain(crossTenant.status());

  await logOut(page);
});
