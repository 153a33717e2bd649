import type { Page } from "@playwright/test";
import { expect, seedUser, signIn, test } from "./support/fixtures";

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

  await page.goto("/cases/new");
  await page.getByLabel("运营商").selectOption({ label: "Smart（电话办理：客服热线 123）" });
  await page.getByLabel("手机号码").fill("012 345 678");
  await page.getByLabel("昵称（选填）").fill("机场旅游卡");
  await page.getByRole("button", { name: "新建注销记录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "机场旅游卡" })).toBeVisible();
  await expect(page.getByText("已完成 0/4 步")).toBeVisible();

  // The template's steps, in Chinese.
  const call = step(page, "拨打 Smart 客服热线 123");
  await expect(call).toBeVisible();
  await expect(call.locator("p", { hasText: "用任何手机拨打 123，免费" })).toBeVisible();
  await expect(step(page, "通过身份验证")).toBeVisible();
  await expect(step(page, "查看余额")).toBeVisible();
  await expect(page.getByText("Call the Smart hotline 123")).toHaveCount(0);

  // What to say on the hotline: Khmer for the agent, with English and Chinese.
  const card = call.getByRole("region", { name: "怎么说" });
  await expect(card).toBeVisible();
  // The card's own list; the full-screen copy stays closed until asked for.
  const phrases = card.getByRole("list");
  const khmer = phrases.locator('p[lang="km"]').first();
  await expect(khmer).toHaveText(KHMER_CANCEL);
  await expect(khmer).toBeVisible();
  await expect(phrases.getByText("I want to cancel this SIM card.")).toBeVisible();
  await expect(phrases.getByText("我想注销这张 SIM 卡。")).toBeVisible();
  await expect(phrases.getByText(KHMER_RECEIPT)).toBeVisible();

  // Full screen for the clerk, then back.
  await card.getByRole("button", { name: "全屏显示" }).click();
  const shown = page.getByRole("dialog", { name: "怎么说" });
  await expect(shown).toBeVisible();
  await expect(shown.locator('p[lang="km"]').first()).toHaveText(KHMER_CANCEL);
  await shown.getByRole("button", { name: "关闭" }).click();
  await expect(shown).toBeHidden();

  // Steps without a conversation get no card.
  await expect(step(page, "查看余额").getByRole("region", { name: "怎么说" })).toHaveCount(0);

  await call.getByLabel("备注（选填）").fill("参考编号 SM-1234");
  await call.getByRole("button", { name: "标记完成" }).click();
  await expect(call.getByText(/^已完成 · /)).toBeVisible();
  // Done: the card goes away with the rest of the instructions.
  await expect(call.getByRole("region", { name: "怎么说" })).toHaveCount(0);
  await expect(page.getByText("已完成 1/4 步")).toBeVisible();

  const timeline = page.getByRole("list", { name: "时间线" });
  await expect(timeline.getByText("已完成：拨打 Smart 客服热线 123")).toBeVisible();
  await expect(timeline.getByText("参考编号 SM-1234")).toBeVisible();
  await expect(timeline.getByText("新建了注销记录")).toBeVisible();
});
