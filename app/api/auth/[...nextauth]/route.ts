import { handlers } from "@/lib/auth/auth";
import { onlyOfferedAuthEndpoints } from "@/lib/auth/offered-auth-endpoints";
import { serverEnv } from "@/lib/env/server-env";
import { sameOriginOnly } from "@/lib/http/same-origin";

export const GET = onlyOfferedAuthEndpoints(handlers.GET);
export const POST = sameOriginOnly(() => serverEnv().APP_URL, onlyOfferedAuthEndpoints(handlers.POST));
