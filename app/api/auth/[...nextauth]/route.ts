import { handlers } from "@/lib/auth/auth";
import { serverEnv } from "@/lib/env/server-env";
import { sameOriginOnly } from "@/lib/http/same-origin";

export const GET = handlers.GET;
export const POST = sameOriginOnly(() => serverEnv().APP_URL, handlers.POST);
