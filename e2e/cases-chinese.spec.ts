import type { Page } from "@playwright/test";
import { markCurrentDone, nowCard, openTask } from "./support/case-page";
import { expect, seedUser, signIn, test } from "./support/fixtures";
import { zh } from "./support/messages";

// A Chinese-speaking traveller on a small phone.
test.use({ viewport: { width: 360, height: 740 } });

// The fixed Khmer lines of the "What to say" card (whatToSay.phrases.*.km).
const KHMER_CANCEL = "ខ្ញុំចង់បោះបង់ស៊ីមកាតនេះ។";
const KHMER_RECEIPT = "សូមផ្តល់បង្កាន់ដៃ (ឯកសារបញ្ជាក់ជាលាយលក្ខណ៍អក្សរ) អំពីការបោះបង់នេះ ឲ្យខ្ញុំផង។";

function step(page: Page, title: string) {
  return page.getByRole("listitem", { name: new RegExp(`^第 \\d+ 步：${title}`) });
}

test("a Smart case in Chinese: steps in Chinese, what to say in Khmer, a step marked done", async ({ page }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("link", { name: "My cases" })).toBeVisible();

  // The header's switcher sets the account's language.
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans-CN");
  await page.goto("/cases");
  await expect(page.getByRole("heading", { level: 1, name: "我的注销记录" })).toBeVisible();
  // A search that finds nothing says so once, and offers to clear the search.
  await page.goto("/cases?q=zzz");
  await expect(page.getByText(`${zh.cases.noMatch}${zh.cases.clearSearch}`, { exact: true })).toBeVisible();
  await expect(page.getByText(/找到 \d+ 条/)).toHaveCount(0);

  await page.goto("/cases/new");
  await page.getByLabel("运营商").selectOption({ label: "Smart" });
  await page.getByLabel("手机号码").fill("012 345 678");
  await page.getByLabel("备注名（选填）").fill("机场旅游卡");
  await page.getByRole("button", { name: "新建注销记录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "机场旅游卡" })).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: /^准备中$/ })).toBeVisible();

  // The template's steps, in Chinese: the first one is the Now card's, with the hotline to dial.
  await expect(page.locator("#now-heading")).toHaveText("拨打 Smart 客服热线 123");
  await expect(nowCard(page).getByText(/^用任何手机拨打 123，免费/)).toBeVisible();
  await expect(nowCard(page).getByRole("link", { name: "拨打 123" })).toHaveAttribute("href", "tel:123");
  await expect(step(page, "通过身份验证")).toBeVisible();
  await expect(step(page, "通过身份验证")).toContainText("待办");
  await page.locator("summary").filter({ hasText: "注销之前" }).click();
  await expect(page.getByRole("listitem", { name: /^第 \d+ 项检查：查看余额/ })).toBeVisible();
  await expect(page.getByText("Call the Smart hotline 123")).toHaveCount(0);

  // What to say on the hotline, full screen: Khmer for the agent, with English and Chinese; nothing about a passport.
  await nowCard(page).getByRole("button", { name: "参考话术" }).click();
  const shown = page.getByRole("dialog", { name: "参考话术" });
  await expect(shown).toBeVisible();
  const khmer = shown.locator('p[lang="km"]').first();
  await expect(khmer).toHaveText(KHMER_CANCEL);
  await expect(shown.getByText("I want to cancel this SIM card.")).toBeVisible();
  await expect(shown.getByText("我想注销这张 SIM 卡。")).toBeVisible();
  await expect(shown.getByText("Here is my passport.")).toHaveCount(0);
  await shown.getByRole("button", { name: "关闭" }).click();
  await expect(shown).toBeHidden();

  // Confirming is on the call too: no receipt to ask for.
  await (await openTask(page, /^第 \d+ 步：确认要注销这张 SIM 卡/)).getByRole("button", { name: "参考话术" }).click();
  await expect(page.getByRole("dialog", { name: "参考话术" }).getByText(KHMER_RECEIPT)).toHaveCount(0);
  await page.getByRole("dialog", { name: "参考话术" }).getByRole("button", { name: "关闭" }).click();

  // Steps without a conversation get no card.
  await expect((await openTask(page, /^第 \d+ 项检查：查看余额/)).getByRole("button", { name: "参考话术" })).toHaveCount(0);

  await markCurrentDone(page, zh, "参考编号 SM-1234");
  await expect(step(page, "拨打 Smart 客服热线 123")).toContainText("已完成");
  await expect(page.locator("#now-heading")).toHaveText("通过身份验证");

  const timeline = page.getByRole("list", { name: "时间线" });
  await expect(timeline.getByText("已完成：拨打 Smart 客服热线 123")).toBeVisible();
  await expect(timeline.getByText("参考编号 SM-1234")).toBeVisible();
  await expect(timeline.getByText("新建了注销记录")).toBeVisible();
  // Dated as written by hand, the weekday apart from the day.
  await expect(timeline.locator("time").first()).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）\d{2}:\d{2}$/);
});
