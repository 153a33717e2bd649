"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { changeStatusAction } from "../actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { newSubmissionKey } from "@/components/ui/submission-key";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { MAX_RECEIPT_FILE_BYTES } from "@/lib/receipts/max-file-bytes";
import { sendReceipt } from "./send-receipt";

const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,application/pdf";

/** `retry`: the file never reached a verdict (the connection, an outage, too busy): it can be sent again as it is. */
type Upload = { id: number; name: string; progress: number; error: string | null; done: boolean; retry: boolean };

/** Said and done: a new attempt clears it, so only the latest outcome shows (five stacked errors pushed "Mark the case done" off a phone's screen). */
const finished = (item: Upload) => item.error !== null || item.done;

export function ReceiptUpload({
  caseId,
  offerDone: offerAllowed,
  stepId,
  label,
}: {
  caseId: string;
  /** Once a file is kept, ask whether the SIM is cancelled, with the button that closes the case. */
  offerDone: boolean;
  /** Attach the proof to this step of the case. */
  stepId?: string;
  label?: string;
}) {
  const t = useTranslations("receipts");
  const router = useRouter();
  const inputId = useId();
  const cameraId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [offerDone, setOfferDone] = useState(false);
  const nextId = useRef(0);
  // A file that can be tried again stays in hand: a photo taken with the camera exists nowhere else.
  const pending = useRef(new Map<number, File>());
  // A file whose upload failed keeps its key: picked again (after "the connection dropped",
  // when it may have been kept all the same) it is the same submission (decision 031).
  const keys = useRef(new Map<string, string>());
  // Below the uploads and the new thumbnails, the offer can land under a phone's fold: it is brought up
  // once the refreshed page (the new thumbnail above it) has been drawn.
  const offer = useRef<HTMLDivElement>(null);
  const [refreshing, startRefresh] = useTransition();
  useEffect(() => {
    if (offerDone && offerAllowed && !refreshing) offer.current?.scrollIntoView({ block: "nearest" });
  }, [offerDone, offerAllowed, refreshing]);

  async function sendEach(list: { file: File; id: number }[]) {
    let anyDone = false;
    for (const { file, id } of list) {
      const update = (change: Partial<Upload>) =>
        setUploads((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));
      pending.current.delete(id);
      // The server refuses it too, but only once all of it has been sent: on a phone's data, minutes for nothing.
      if (file.size > MAX_RECEIPT_FILE_BYTES) {
        update({ error: t("fileTooLarge") });
        continue;
      }
      const sameFile = `${stepId ?? ""}/${file.name}/${file.size}/${file.lastModified}`;
      const key = keys.current.get(sameFile) ?? newSubmissionKey();
      keys.current.set(sameFile, key);
      const outcome = await sendReceipt(caseId, stepId, file, key, (progress) => update({ progress }), {
        generic: t("failed"),
        interrupted: t("interrupted"),
        unavailable: t("unavailable"),
      });
      if (!outcome) keys.current.delete(sameFile);
      if (outcome?.retry) pending.current.set(id, file);
      update(outcome ? { error: outcome.error, retry: outcome.retry } : { done: true, progress: 1 });
      anyDone ||= !outcome;
    }
    if (anyDone) {
      setOfferDone(true);
      startRefresh(() => router.refresh());
    }
  }

  async function upload(files: FileList | null) {
    if (!files || files.length === 0) return;
    const list = Array.from(files).map((file) => ({ file, id: nextId.current++ }));
    // Uploads still under way stay: their outcome is yet to come. The offer belongs to the last outcome too.
    setOfferDone(false);
    // The outcomes cleared below let go of their files too.
    for (const item of uploads.filter(finished)) pending.current.delete(item.id);
    setUploads((current) => [
      ...current.filter((item) => !finished(item)),
      ...list.map(({ file, id }) => ({ id, name: file.name, progress: 0, error: null, done: false, retry: false })),
    ]);
    await sendEach(list);
  }

  async function retry(id: number) {
    const file = pending.current.get(id);
    if (!file) return;
    setOfferDone(false);
    setUploads((current) => current.map((item) => (item.id === id ? { ...item, progress: 0, error: null, retry: false } : item)));
    await sendEach([{ file, id }]);
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <label
          htmlFor={inputId}
          className="inline-flex min-h-11 cursor-pointer items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {label ?? t("add")}
        </label>
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          multiple
          className="sr-only"
          onChange={(event) => {
            void upload(event.currentTarget.files);
            event.currentTarget.value = "";
          }}
        />
        <label
          htmlFor={cameraId}
          className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-100"
        >
          {t("takePhoto")}
        </label>
        <input
          id={cameraId}
          type="file"
          accept="image/*"
          capture="environment"
          className="sr-only"
          onChange={(event) => {
            void upload(event.currentTarget.files);
            event.currentTarget.value = "";
          }}
        />
      </div>
      <p className="text-sm text-slate-600">{t("accepted")}</p>
      {uploads.length > 0 ? (
        <ul className="flex flex-col gap-2" aria-label={t("uploads")}>
          {uploads.map((item) => (
            <li key={item.id} className="flex flex-col gap-1 text-sm">
              <span className="wrap-anywhere">{item.name}</span>
              {item.error ? (
                <>
                  <FormAlert tone="error">{item.error}</FormAlert>
                  {item.retry ? (
                    <Button type="button" variant="secondary" className="self-start" onClick={() => void retry(item.id)}>
                      {t("retry")}
                    </Button>
                  ) : null}
                </>
              ) : (
                <progress value={item.progress} max={1} aria-label={t("uploading", { fileName: item.name })} className="h-2 w-full">
                  {t("progress", { value: item.progress })}
                </progress>
              )}
              {item.done ? <span className="text-emerald-800">{t("uploaded")}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {/* Gone once the case can no longer be closed (closed from here or elsewhere, the page refreshed). */}
      {offerDone && offerAllowed ? (
        <div ref={offer} className="scroll-mb-4">
          <CaseActionForm action={changeStatusAction} caseId={caseId} className="flex flex-col gap-2 rounded-xl border border-emerald-200 bg-emerald-50 p-4">
            <input type="hidden" name="action" value="complete" />
            <p className="font-semibold">{t("offerDone")}</p>
            <Button>{t("markDone")}</Button>
          </CaseActionForm>
        </div>
      ) : null}
    </div>
  );
}
