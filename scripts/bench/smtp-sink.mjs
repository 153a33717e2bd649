// An SMTP sink for the benchmarks, in a process of its own: it accepts every
// message and keeps only a count. It speaks just enough SMTP for nodemailer
// (EHLO with PIPELINING, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and does no
// parsing beyond finding each command line and the end of DATA, so the
// figures measure the sender rather than the sink. smtp-server does much
// more per message and, sharing the machine's two cores, capped both runs.
//
// Forked with an IPC channel: it sends { port } once listening, and answers
// "count" with { count }.
import { Buffer } from "node:buffer";
import net from "node:net";

const END_OF_DATA = Buffer.from("\r\n.\r\n");
let count = 0;

const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  let buffered = Buffer.alloc(0);
  let inData = false;
  socket.write("220 sink ESMTP\r\n");
  socket.on("error", () => undefined);
  socket.on("data", (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    const replies = [];
    for (;;) {
      if (inData) {
        // The terminator may straddle chunks: look from a few bytes back.
        const end = buffered.indexOf(END_OF_DATA);
        if (end === -1) {
          buffered = buffered.subarray(Math.max(0, buffered.length - END_OF_DATA.length + 1));
          break;
        }
        buffered = buffered.subarray(end + END_OF_DATA.length);
        inData = false;
        count += 1;
        replies.push("250 2.0.0 queued");
        continue;
      }
      const lineEnd = buffered.indexOf("\r\n");
      if (lineEnd === -1) break;
      const line = buffered.subarray(0, lineEnd).toString("latin1");
      buffered = buffered.subarray(lineEnd + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO") replies.push("250-sink", "250-PIPELINING", "250-8BITMIME", "250 SMTPUTF8");
      else if (verb === "HELO" || verb === "MAIL" || verb === "RCPT" || verb === "RSET" || verb === "NOOP") replies.push("250 OK");
      else if (verb === "DATA") {
        replies.push("354 go ahead");
        // DATA's own line ended; the body starts right after, so a lone "." as the first line ends it too.
        buffered = Buffer.concat([Buffer.from("\r\n"), buffered]);
        inData = true;
      } else if (verb === "QUIT") {
        socket.end("221 bye\r\n");
        return;
      } else replies.push("502 5.5.2 not implemented");
    }
    if (replies.length) socket.write(replies.join("\r\n") + "\r\n");
  });
});

server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("message", (message) => {
  if (message === "count") process.send?.({ count });
});
process.on("disconnect", () => process.exit(0));
