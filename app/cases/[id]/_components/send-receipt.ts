export type Failure = { generic: string; interrupted: string; unavailable: string };
export type Outcome = { error: string; retry: boolean } | null;

// No answer about the file itself: the same file sent again may well be kept.
const TRY_AGAIN_STATUSES = [408, 429, 500, 502, 503, 504];

/** Sends one file to the case; null when it was kept, else the message and whether the same file may be sent again. */
export function sendReceipt(
  caseId: string,
  stepId: string | undefined,
  file: File,
  submissionKey: string,
  onProgress: (fraction: number) => void,
  failure: Failure,
): Promise<Outcome> {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/cases/${caseId}/receipts`);
    request.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    if (stepId) request.setRequestHeader("x-step-id", stepId);
    request.setRequestHeader("x-submission-key", submissionKey);
    request.setRequestHeader("content-type", "application/octet-stream");
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      if (request.status === 201) return resolve(null);
      // The server answers in the user's language; its outage page (the database or a proxy away)
      // is not JSON, and means "try again", not that the file was refused.
      let message = [502, 503, 504].includes(request.status) ? failure.unavailable : failure.generic;
      try {
        message = (JSON.parse(request.responseText) as { error?: string }).error ?? message;
      } catch {
        // not JSON: keep the generic message
      }
      resolve({ error: message, retry: TRY_AGAIN_STATUSES.includes(request.status) });
    };
    request.onerror = () => resolve({ error: failure.interrupted, retry: true });
    request.send(file);
  });
}

