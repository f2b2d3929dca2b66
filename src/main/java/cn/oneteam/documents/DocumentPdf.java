package cn.oneteam.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 执法文书 as PDF: A4, the body text in AR PL UMing CN (a 明体/宋体 TrueType font from the operating system's font
 * package, checked by its SHA-256 when the build copies it in: docs/adr/0013-document-font.md; embedded as a subset so
 * that every glyph prints anywhere), the title centred, the number under it, paragraphs wrapped at the
 * margins, the issuing body with a seal placeholder and the date at the foot.
 */
@Service
public class DocumentPdf {

	/** The collection the build copies in (pom.xml, document-font.file) and the face of it for simplified Chinese. */
	static final String FONT = "/fonts/uming.ttc";

	static final String FACE = "UMingCN";

	private static final float MARGIN = 72;

	private static final float BODY_SIZE = 14;

	private static final float LEADING = 26;

	/** Punctuation that may not begin a line (GB/T 15834 typesetting practice). */
	private static final String NO_LINE_START = "，。、；：？！）》」』〕】”’";

	/**
	 * The value naming the line a document for the party prints at its foot: its access code and where to look its
	 * case up (docs/adr/0044-party-case-look-up.md); never on a preview.
	 */
	public static final String LOOKUP_LINE = "party.lookupLine";

	private volatile TrueTypeFont font;

	/** Kept open: the face reads its glyphs from the collection's data whenever a document subsets it. */
	private @Nullable TrueTypeCollection collection;

	/**
	 * A document from its layout and values: A4, the body's name as heading, the title, the number (a numbered
	 * document; a preview says where it will stand), the blocks, page numbers; a preview is marked 样稿 on every page.
	 */
	public byte[] render(DocumentLayout layout, Map<String, ?> values, String bodyName, @Nullable String number,
			boolean preview) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font cjk = embed(document);
			Writer writer = new Writer(document, cjk);
			writer.centred(printable(bodyName), 18);
			writer.centred(printable(DocumentFields.fill(layout.title(), values)), 22);
			if (preview) {
				writer.centred("（样稿：文号在签发时编定）", BODY_SIZE);
			}
			else if (number != null) {
				writer.centred(printable(number), BODY_SIZE);
			}
			writer.gap();
			for (DocumentLayout.Block block : layout.blocks()) {
				if (block.when() != null && !DocumentFields.present(values, block.when())
						|| block.unless() != null && DocumentFields.present(values, block.unless())) {
					continue;
				}
				block(writer, block, values, bodyName);
			}
			if (!preview && values.get(LOOKUP_LINE) instanceof String line && !line.isBlank()) {
				writer.gap();
				writer.paragraph(printable(line), false);
			}
			writer.close();
			writer.pageNumbers(preview);
			return save(document, cjk, writer.used);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The documents' font, to be embedded as a subset in another PDF (a report) written with it. */
	public PDType0Font embed(PDDocument document) throws IOException {
		return PDType0Font.load(document, font(), true);
	}

	/**
	 * The bytes of a document written with {@link #embed}: the font subset, with the ToUnicode map of the characters
	 * used so that its text searches and copies (see {@link #toUnicode}).
	 */
	public byte[] save(PDDocument document, PDType0Font cjk, Set<Integer> used) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.save(OutputStream.nullOutputStream()); // subsets the font and writes its ToUnicode map
			cjk.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode(document, used));
			document.save(out);
			return out.toByteArray();
		}
	}

	private void block(Writer writer, DocumentLayout.Block block, Map<String, ?> values, String bodyName)
			throws IOException {
		switch (block.kind()) {
			case "paragraph" -> writer.paragraph(printable(DocumentFields.fill(block.text(), values)), true);
			case "line" -> writer.paragraph(printable(DocumentFields.fill(block.text(), values)), false);
			case "date" -> writer.right(printable(DocumentFields.fill(block.text(), values)));
			case "gap" -> writer.gap();
			case "seal" -> writer.seal(printable((block.text() == null ? bodyName
					: DocumentFields.fill(block.text(), values)) + "（印章）"));
			case "signatures" -> {
				writer.gap();
				for (String line : block.lines() == null ? List.<String>of() : block.lines()) {
					writer.paragraph(printable(DocumentFields.fill(line, values)), false);
				}
			}
			case "fields" -> {
				List<List<String>> rows = new ArrayList<>();
				for (List<String> row : block.rows() == null ? List.<List<String>>of() : block.rows()) {
					List<String> cells = new ArrayList<>();
					for (String cell : row) {
						cells.add(printable(DocumentFields.fill(cell, values)));
					}
					rows.add(cells);
				}
				writer.table(rows, null, false);
			}
			case "list" -> {
				List<DocumentLayout.Column> columns = block.columns();
				List<List<String>> rows = new ArrayList<>();
				rows.add(columns.stream().map(c -> c.label()).map(this::printableUnchecked).toList());
				Object source = values.get(block.source());
				List<?> items = source instanceof List<?> l ? l : List.of();
				for (int i = 0; i < items.size(); i++) {
					Object item = items.get(i);
					List<String> cells = new ArrayList<>();
					for (DocumentLayout.Column column : columns) {
						Object cell = switch (column.field()) {
							case "#" -> String.valueOf(i + 1);
							case "." -> item;
							default -> item instanceof Map<?, ?> m ? m.get(column.field()) : null;
						};
						cells.add(printable(DocumentFields.format(cell, null)));
					}
					rows.add(cells);
				}
				if (items.isEmpty()) {
					rows.add(columns.stream().map(c -> DocumentFields.BLANK).toList());
				}
				float[] widths = new float[columns.size()];
				for (int i = 0; i < widths.length; i++) {
					Float w = columns.get(i).width();
					widths[i] = w == null ? 1 : w;
				}
				writer.table(rows, widths, true);
			}
			default -> throw new IllegalArgumentException(block.kind());
		}
	}

	private String printableUnchecked(String text) {
		try {
			return printable(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The ToUnicode map of the characters actually written. PDFBox maps each glyph to the lowest code point that
	 * shares it, so a 行 or 民 would be extracted as a Kangxi radical (⾏, ⺠) and the text would not search or
	 * copy; this map names each glyph by the character the document used.
	 */
	private PDStream toUnicode(PDDocument document, Set<Integer> used) throws IOException {
		var cmap = font().getUnicodeCmapLookup();
		Map<Integer, Integer> byGlyph = new TreeMap<>();
		used.forEach(c -> byGlyph.put(cmap.getGlyphId(c), c));
		StringBuilder map = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(byGlyph.entrySet());
		for (int from = 0; from < entries.size(); from += 100) { // at most 100 entries a block
			List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(from + 100, entries.size()));
			map.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, Integer> e : block) {
				map.append(String.format("<%04X> <", e.getKey()));
				for (char unit : Character.toChars(e.getValue())) {
					map.append(String.format("%04X", (int) unit));
				}
				map.append(">\n");
			}
			map.append("endbfchar\n");
		}
		map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return new PDStream(document, new ByteArrayInputStream(map.toString().getBytes(StandardCharsets.US_ASCII)),
				COSName.FLATE_DECODE);
	}

	/** The text with any character the font cannot draw (an emoji, a rare ideograph) shown as 〓, never as a box. */
	public String printable(String text) throws IOException {
		var cmap = font().getUnicodeCmapLookup();
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> out.appendCodePoint(cmap.getGlyphId(c) != 0 ? c : '〓'));
		return out.toString();
	}

	/** The font, parsed once: PDFBox reads the glyphs it subsets from it for every document. */
	private TrueTypeFont font() throws IOException {
		TrueTypeFont loaded = font;
		if (loaded == null) {
			synchronized (this) {
				if (font == null) {
					try (InputStream in = DocumentPdf.class.getResourceAsStream(FONT)) {
						if (in == null) {
							throw new IllegalStateException(FONT + " missing: the build copies it from the operating "
									+ "system's font package fonts-arphic-uming (see docs/adr/0013-document-font.md)");
						}
						collection = new TrueTypeCollection(in); // read into memory whole
						TrueTypeFont face = collection.getFontByName(FACE);
						if (face == null) {
							throw new IllegalStateException(FONT + " has no face " + FACE);
						}
						font = face;
					}
				}
				loaded = font;
			}
		}
		return loaded;
	}

	/** Lays text down the page and starts a new page at the bottom margin. */
	private static final class Writer extends PdfPages {

		private static final float TABLE_SIZE = 12;

		private static final float TABLE_LEADING = 18;

		private static final float PAD = 4;

		private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

		Writer(PDDocument document, PDType0Font font) throws IOException {
			super(document, font, MARGIN);
		}

		void centred(String text, float size) throws IOException {
			line(text, size, (PDRectangle.A4.getWidth() - width(text, size)) / 2);
		}

		void right(String text) throws IOException {
			line(text, BODY_SIZE, PDRectangle.A4.getWidth() - MARGIN - width(text, BODY_SIZE));
		}

		void gap() {
			y -= LEADING / 2;
		}

		/** The issuer's name, right-aligned, inside a dashed circle where the seal goes. */
		void seal(String text) throws IOException {
			y -= LEADING; // room for the seal above the name
			right(text);
			float cx = PDRectangle.A4.getWidth() - MARGIN - width(text, BODY_SIZE) / 2;
			float cy = y + BODY_SIZE / 3;
			float r = 44;
			content.saveGraphicsState();
			content.setStrokingColor(0.75f, 0.1f, 0.1f);
			content.setLineDashPattern(new float[] { 4, 3 }, 0);
			float k = 0.5523f * r; // four Bézier arcs approximate the circle
			content.moveTo(cx + r, cy);
			content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
			content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
			content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
			content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
			content.stroke();
			content.restoreGraphicsState();
		}

		/** A paragraph, indented by two characters or not, wrapped at the margins. */
		void paragraph(String text, boolean indent) throws IOException {
			for (String line : wrap((indent ? "　　" : "") + text, width, BODY_SIZE)) {
				line(line, BODY_SIZE, MARGIN);
			}
		}

		/**
		 * A table with ruled cells, each cell's text wrapped in it; a row that does not fit starts a new page. The
		 * widths are relative; by default a label column narrower than its value column.
		 */
		void table(List<List<String>> rows, float @Nullable [] widths, boolean header) throws IOException {
			if (rows.isEmpty()) {
				return;
			}
			y -= LEADING / 3; // clear of the descenders of the line above
			for (int r = 0; r < rows.size(); r++) {
				List<String> row = rows.get(r);
				float[] columns = columnWidths(row.size(), widths);
				List<List<String>> cells = new ArrayList<>();
				int lines = 1;
				for (int c = 0; c < row.size(); c++) {
					List<String> wrapped = row.get(c).isEmpty() ? List.of() : wrap(row.get(c), columns[c] - 2 * PAD,
							TABLE_SIZE);
					cells.add(wrapped);
					lines = Math.max(lines, wrapped.size());
				}
				float height = lines * TABLE_LEADING + 2 * PAD;
				if (y - height < MARGIN) {
					newPage();
				}
				float x = MARGIN;
				for (int c = 0; c < row.size(); c++) {
					if (header && r == 0) {
						content.setNonStrokingColor(0.92f, 0.92f, 0.92f);
						content.addRect(x, y - height, columns[c], height);
						content.fill();
						content.setNonStrokingColor(0f, 0f, 0f);
					}
					content.addRect(x, y - height, columns[c], height);
					content.stroke();
					List<String> cell = cells.get(c);
					for (int i = 0; i < cell.size(); i++) {
						text(cell.get(i), TABLE_SIZE, x + PAD, y - PAD - TABLE_SIZE - i * TABLE_LEADING + 1);
					}
					x += columns[c];
				}
				y -= height;
			}
			y -= PAD;
		}

		private float[] columnWidths(int count, float @Nullable [] relative) {
			float[] weights = new float[count];
			for (int i = 0; i < count; i++) {
				weights[i] = relative != null && relative.length == count ? relative[i] : i % 2 == 0 ? 1 : 2.6f;
			}
			if (relative == null && count == 1) {
				weights[0] = 1;
			}
			float total = 0;
			for (float w : weights) {
				total += w;
			}
			float[] result = new float[count];
			for (int i = 0; i < count; i++) {
				result[i] = width * weights[i] / total;
			}
			return result;
		}

		/** Wrapped character by character (CJK text has no spaces); closing punctuation never starts a line. */
		private List<String> wrap(String text, float available, float size) throws IOException {
			List<String> lines = new ArrayList<>();
			for (String part : text.split("\n", -1)) {
				String rest = part;
				if (rest.isEmpty()) {
					lines.add("");
				}
				while (!rest.isEmpty()) {
					int end = 1;
					while (end < rest.length() && width(rest.substring(0, end + 1), size) <= available) {
						end++;
					}
					if (end < rest.length() && NO_LINE_START.indexOf(rest.charAt(end)) >= 0) {
						end++; // 避头: closing punctuation hangs in the margin
					}
					lines.add(rest.substring(0, end));
					rest = rest.substring(end);
				}
			}
			return lines;
		}

		private void line(String text, float size, float x) throws IOException {
			if (y - LEADING < MARGIN) {
				newPage();
			}
			y -= LEADING;
			text(text, size, x, y);
		}

		void close() throws IOException {
			content.close();
		}

		/** 第1页 共3页 at the foot of each page; on a preview, 样稿 across every page and a warning at its head. */
		void pageNumbers(boolean preview) throws IOException {
			int pages = document.getNumberOfPages();
			for (int i = 0; i < pages; i++) {
				PDPage page = document.getPage(i);
				content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
				String foot = "第" + (i + 1) + "页　共" + pages + "页";
				text(foot, 10, (PDRectangle.A4.getWidth() - width(foot, 10)) / 2, MARGIN / 2);
				if (preview) {
					content.setNonStrokingColor(0.8f, 0f, 0f);
					String head = "样稿（预览）：未编号、未签发，不作为正式文书";
					text(head, 10, MARGIN, PDRectangle.A4.getHeight() - MARGIN / 2);
					PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
					faint.setNonStrokingAlphaConstant(0.15f);
					content.setGraphicsStateParameters(faint);
					"样稿".codePoints().forEach(used::add);
					content.beginText();
					content.setFont(font, 120);
					content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), 170, 300));
					content.showText("样稿");
					content.endText();
				}
				content.close();
			}
		}
	}
}
