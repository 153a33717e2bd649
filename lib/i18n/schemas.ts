import { z } from "zod";
import { LOCALES } from "./locales";

export const localeSchema = z.enum(LOCALES, { error: "chooseLanguage" });

export const switchLanguageSchema = z.object({ locale: localeSchema });
