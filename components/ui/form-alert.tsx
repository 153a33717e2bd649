export function FormAlert({ tone, children }: { tone: "error" | "success"; children: string | undefined }) {
  if (!children) return null;
  const styles = tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-900";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-lg border px-3 py-2 text-sm font-medium ${styles}`}>
      {children}
    </p>
  );
}
