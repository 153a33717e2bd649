// Turns the 500 that Next.js renders for a page whose database query failed
// into our 503 with Retry-After, when app code said the database is away
// (see lib/http/request-state.ts). Next.js cannot set a status from an error
// boundary, so the swap happens where the response is written: the first
// write, end or header flush of an error status sends our page instead, and
// whatever Next.js writes after that is dropped.
export function answerOutageWith503(res, state, sendPage) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let replaced = false;
  const shouldReplace = (status) => !replaced && !res.headersSent && status >= 500 && state.databaseUnavailable;
  const replace = () => {
    replaced = true;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    Object.assign(res, original);
    sendPage();
    res.writeHead = () => res;
    res.write = (_chunk, encoding, callback) => {
      (typeof encoding === "function" ? encoding : callback)?.();
      return true;
    };
    res.end = (...args) => {
      args.find((arg) => typeof arg === "function")?.();
      return res;
    };
    res.flushHeaders = () => {};
  };
  res.writeHead = function (status, ...rest) {
    if (shouldReplace(status)) return replace(), res;
    return original.writeHead.call(res, status, ...rest);
  };
  res.write = function (...args) {
    if (shouldReplace(res.statusCode)) replace();
    return (replaced ? res.write : original.write).apply(res, args);
  };
  res.end = function (...args) {
    if (shouldReplace(res.statusCode)) replace();
    return (replaced ? res.end : original.end).apply(res, args);
  };
  res.flushHeaders = function () {
    if (shouldReplace(res.statusCode)) return replace();
    return original.flushHeaders.call(res);
  };
}
