declare module "@thyrith/momentkh" {
  import type moment from "moment";

  /** Adds the Khmer calendar to moment: see scripts/holidays/khmer-calendar.ts for what is used. */
  function momentkh(instance: typeof moment): typeof moment;
  export = momentkh;
}
