import type { MetadataRoute } from "next";

/** Installable on a phone's home screen: the dashboard opens in its own window. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Simcase: cancel your Cambodian SIM",
    short_name: "Simcase",
    description: "One case per SIM: the operator's steps, the proof, and reminders while the operator reviews.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0f766e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
