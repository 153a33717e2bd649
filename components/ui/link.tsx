// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the one place next/link is used
import NextLink, { type LinkProps } from "next/link";

/**
 * next/link without prefetching: every page here is dynamic (a nonce per
 * request, a session), so a prefetch brought only the route's tree and head,
 * not the page, yet cost two requests per link on the screen: 40 for a list
 * of 20 cases, on a phone's data. See docs/decisions/033-no-prefetch.md.
 */
export function Link<RouteType>(props: LinkProps<RouteType>) {
  return <NextLink prefetch={false} {...props} />;
}
