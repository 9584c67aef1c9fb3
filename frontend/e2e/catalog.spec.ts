// End-to-end: 南明区's tenant admin compiles the standard catalog in the console — a draft from
// the provincial baseline, one item edited and assigned, time limits confirmed, published,
// exported to Excel, and the export imported into the next draft without any difference.
// Runs against the standalone server with fresh demo data (see playwright.config.ts).
import { expect, test, type Page } from '@playwright/test';

const PASSWORD = process.env.GONGKAI_DEMO_PASSWORD ?? 'Gongkai@2026';
const API = '/api/catalog/v1';
const UNIT = '南明区教育局';

interface Version {
  id: string;
  number: number;
  status: 'draft' | 'published' | 'superseded';
  item_count: number;
}

interface Item {
  id: string;
  domain: string;
  level1: string;
  level2: string;
  subject: string;
  needs_review: boolean;
  org_unit_ids: string[];
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/console/');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('工作台', { exact: true })).toBeVisible();
}

/** GET on the catalog API with the console's own token (to check what the UI did). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const token = await page.evaluate(() => sessionStorage.getItem('gongkai.access_token'));
  expect(token).toBeTruthy();
  const response = await page.request.get(`${API}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok(), `GET ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

async function openMenu(page: Page, name: string, path: RegExp): Promise<void> {
  await page.getByRole('menuitem', { name }).click();
  await expect(page).toHaveURL(path);
  await page.waitForLoadState('networkidle');
}

/** The 标准目录 page with the items of the selected version listed. */
async function openCatalog(page: Page): Promise<void> {
  await openMenu(page, '标准目录', /\/console\/catalog\/items/);
  await expect(page.getByText(/已加载 \d+ 条/)).toBeVisible();
}

async function createDraft(page: Page, expected: RegExp): Promise<Version> {
  await page.getByRole('button', { name: '新建草稿' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(expected)).toBeVisible();
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/catalog/versions') && r.status() === 201,
  );
  await dialog.getByRole('button', { name: '新建草稿' }).click();
  const version = (await (await created).json()) as Version;
  await expect(page.getByText(`已创建第${version.number}版草稿（${version.item_count}个事项）`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已加载 ${Math.min(version.item_count, 100)} 条`)).toBeVisible();
  return version;
}

test('a tenant admin compiles, publishes, exports and re-imports the standard catalog', async ({ page }, testInfo) => {
  // One long scenario (about 30 s on an idle machine): more room than the suite's 60 s default.
  test.setTimeout(180_000);
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  await logIn(page, 'nanming_admin');
  await expect(page.getByTestId('current-tenant')).toContainText('南明区');
  const me = await apiGet<{ tenant: { id: string } }>(page, '/auth/me');
  const catalog = `/tenants/${me.tenant.id}/catalog`;
  const versionsBefore = (await apiGet<{ items: Version[] }>(page, `${catalog}/versions?limit=200`)).items;

  // 1. A draft from the provincial baseline (the demo data has no catalog yet).
  await openMenu(page, '标准目录', /\/console\/catalog\/items/);
  let draft = versionsBefore.find((v) => v.status === 'draft');
  if (!draft) {
    draft = await createDraft(
      page,
      versionsBefore.some((v) => v.status === 'published') ? /将复制已发布的第\d+版/ : /将从本级省级基准目录创建第一版草稿/,
    );
  }
  if (versionsBefore.length === 0) expect(draft.number).toBe(1);
  expect(draft.item_count).toBeGreaterThan(0);
  await expect(page.getByTestId('catalog-versions').getByText('草稿', { exact: true })).toBeVisible();

  // 2. Edit an item: its 公开主体 and one more channel.
  const [item] = (await apiGet<{ items: Item[] }>(page, `${catalog}/versions/${draft.id}/items?limit=1`)).items;
  expect(item).toBeTruthy();
  const first = item as Item;
  const subject = `南明区自然资源局（${tag}）`;
  const row = page.locator(`tr[data-row-key="${first.id}"]`);
  await row.getByRole('button', { name: '编辑' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('编辑事项')).toBeVisible();
  await drawer.getByLabel('公开主体').fill(subject);
  await drawer.getByRole('checkbox', { name: '政府公报' }).check();
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('保存成功')).toBeVisible();
  await expect(drawer).toBeHidden();
  await expect(row.getByText(subject)).toBeVisible();
  const edited = await apiGet<Item & { channels: string[] }>(page, `${catalog}/versions/${draft.id}/items/${first.id}`);
  expect(edited.subject).toBe(subject);
  expect(edited.channels).toContain('政府公报');

  // 3. Assign it to an org unit in the 责任分解矩阵.
  await openMenu(page, '责任分解矩阵', /\/console\/catalog\/matrix/);
  const matrix = await apiGet<{ units: { id: string; name: string }[] }>(page, `${catalog}/versions/${draft.id}/matrix`);
  const unitId = matrix.units.find((unit) => unit.name === UNIT)?.id;
  expect(unitId, `${UNIT} is an active org unit`).toBeTruthy();
  const label = [first.level1, first.level2].filter(Boolean).join(' / ');
  const cell = page.getByRole('checkbox', { name: `${first.domain} / ${label} · ${UNIT}` });
  await expect(cell).toBeEnabled();
  const assignment = () =>
    page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/items/${first.id}/assignments`));
  if (await cell.isChecked()) {
    // Only when the test runs again on the same data: start from an unticked cell.
    const cleared = assignment();
    await cell.uncheck();
    expect((await cleared).ok()).toBe(true);
    await expect(cell).toBeEnabled();
  }
  await expect(cell).not.toBeChecked();
  const assigned = assignment();
  await cell.check();
  expect((await assigned).ok()).toBe(true);
  await expect(cell).toBeChecked();
  const afterAssign = await apiGet<Item>(page, `${catalog}/versions/${draft.id}/items/${first.id}`);
  expect(afterAssign.org_unit_ids).toContain(unitId);

  // 4. Confirm every time limit the system cannot compute (there may be none).
  await openCatalog(page);
  await page.getByRole('checkbox', { name: '仅看需人工确认时限' }).check();
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/已加载 \d+ 条/)).toBeVisible();
  const needingReview = (
    await apiGet<{ items: Item[] }>(page, `${catalog}/versions/${draft.id}/items?needs_review=true&limit=200`)
  ).items.length;
  await expect(page.getByText(`已加载 ${needingReview} 条`)).toBeVisible();
  for (let i = 0; i < needingReview; i++) {
    await page.getByRole('button', { name: '确认人工跟踪' }).first().click();
    await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await expect(page.getByText(`已加载 ${needingReview - i - 1} 条`)).toBeVisible();
  }
  expect(
    (await apiGet<{ items: Item[] }>(page, `${catalog}/versions/${draft.id}/items?needs_review=true&limit=200`)).items,
  ).toHaveLength(0);

  // 5. Publish (confirmation first).
  await page.getByRole('button', { name: '发布' }).click();
  const confirm = page.getByRole('dialog', { name: `发布第${draft.number}版目录？` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: '发布' }).click();
  await expect(page.getByText(`第${draft.number}版已发布`, { exact: true })).toBeVisible();
  await expect(page.getByTestId('publish-problems')).toHaveCount(0);
  await expect(page.getByTestId('catalog-versions').getByText('已发布', { exact: true })).toBeVisible();

  // 6. Export the published version to Excel (one sheet per domain).
  await openMenu(page, '导入导出', /\/console\/catalog\/exchange/);
  await expect(page.getByText('只能导入到草稿版本', { exact: false })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel（按领域分表）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`第${draft.number}版\\.xlsx$`));
  const exported = testInfo.outputPath('catalog.xlsx');
  await download.saveAs(exported);

  // 7. A new draft: a copy of the published version.
  await openCatalog(page);
  const next = await createDraft(page, new RegExp(`将复制已发布的第${draft.number}版`));
  expect(next.number).toBe(draft.number + 1);
  expect(next.item_count).toBe(draft.item_count);

  // 8. Importing the exported file into it changes nothing.
  await openMenu(page, '导入导出', /\/console\/catalog\/exchange/);
  await expect(page.getByText('导入会使草稿与文件完全一致', { exact: false })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(exported);
  await expect(page.getByText('catalog.xlsx')).toBeVisible();
  const imported = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/import'));
  await page.getByRole('button', { name: '开始导入' }).click();
  const response = await imported;
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toEqual({ added: 0, updated: 0, removed: 0, unchanged: next.item_count });
  await expect(page.getByText('导入完成')).toBeVisible();
  await expect(page.getByText('文件与草稿一致，没有任何变化')).toBeVisible();
  const summary = page.getByTestId('import-summary');
  const statistic = (title: string) =>
    summary.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value');
  for (const title of ['新增', '修改', '移除']) await expect(statistic(title)).toHaveText('0');
  await expect(statistic('未变')).toHaveText(String(next.item_count));

  // The draft still carries the edit and the assignment.
  const copied = (await apiGet<{ items: Item[] }>(page, `${catalog}/versions/${next.id}/items?limit=200`)).items.find(
    (candidate) => candidate.subject === subject,
  );
  expect(copied?.org_unit_ids).toContain(unitId);
});
