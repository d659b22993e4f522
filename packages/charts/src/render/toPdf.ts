import { FONT_FILES } from "./toPng.ts";

/** Options of {@link toPdf}. */
export interface PdfOptions {
  /** Document title (PDF metadata), e.g. the chart's title. Default: none. */
  readonly title?: string;
  /** Document subject (PDF metadata), e.g. the chart's alt text. Default: none. */
  readonly subject?: string;
  /** Document language, `fr` or `nl` (written `fr-BE` / `nl-BE` in the PDF). Default: `"fr"`. */
  readonly lang?: "fr" | "nl";
}

/**
 * Fixed creation date written in every PDF: with it, the file identifier pdfkit derives from the
 * metadata is fixed too, so the same SVG always gives the same bytes.
 */
export const PDF_CREATION_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** Names under which the shipped DejaVu faces are registered: regular, bold, oblique, bold oblique. */
const FACES = ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"] as const;

/**
 * Renders SVG (as written by {@link toSvg}) to a one-page vector PDF with pdfkit and svg-to-pdfkit:
 * paths stay paths and text stays selectable text, set in the DejaVu fonts of the
 * `dejavu-fonts-ttf` npm package (embedded as subsets, never a system font). The page is the
 * size of the SVG (1 CSS px = 0.75 pt). Deterministic: a fixed creation date and file identifier,
 * no modification date, and uncompressed streams (deflate output differs between Node's and Deno's
 * zlib), so the same SVG gives byte-identical PDFs, whether Node or Deno runs the code.
 *
 * Known limit: svg-to-pdfkit turns every space character into a normal space, so the narrow
 * no-break space before « % » is a little wider in the PDF than in the SVG and PNG.
 * @throws Error when the SVG has no `width` and `height` attributes.
 * @example writeFileSync("figure.pdf", await toPdf(await toSvg(chart.spec), { title: chart.meta.title }))
 */
export async function toPdf(svg: string, options: PdfOptions = {}): Promise<Uint8Array> {
  // Loaded on the first PDF (a report whose figures are unchanged does not pay for them).
  const [{ default: PDFDocument }, { default: SVGtoPDF }] = await Promise.all([
    import("pdfkit"),
    import("svg-to-pdfkit"),
  ]);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("toPdf: the SVG has no width and height attributes");
  const doc = new PDFDocument({
    size: [width * 0.75, height * 0.75],
    margin: 0,
    autoFirstPage: true,
    // Streams are not Flate-compressed: deflate output depends on the runtime's zlib (Node's and
    // Deno's give different bytes for the same content), and the same figure must be the same file
    // whether `pnpm report` (Node) or a notebook (Deno) writes it. The price: files about twice as big.
    compress: false,
    lang: options.lang === "nl" ? "nl-BE" : "fr-BE",
    info: {
      Producer: "@monitoring-social/charts (pdfkit)",
      Creator: "@monitoring-social/charts",
      CreationDate: PDF_CREATION_DATE,
      ...(options.title ? { Title: options.title } : {}),
      ...(options.subject ? { Subject: options.subject } : {}),
    },
  });
  FACES.forEach((face, i) => {
    doc.registerFont(face, FONT_FILES[i]!);
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  SVGtoPDF(doc, svg, 0, 0, {
    width: width * 0.75,
    height: height * 0.75,
    assumePt: false,
    fontCallback: (_family, bold, italic) => FACES[(bold ? 1 : 0) + (italic ? 2 : 0)]!,
  });
  doc.end();
  return done;
}
